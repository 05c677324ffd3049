package org.govgraph.release.bundle;

/** A release bundle that does not verify (a file truncated, changed or missing): it is not served. */
public final class BundleRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BundleRefusedException(String message) {
        super(message);
    }
}
