package org.govgraph.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Whether a text can be written as an IRI that every RDF syntax and JSON-LD reads back:
 * with a scheme (a fragment is allowed: {@link IRIx#isAbsolute()} is RFC 3986's
 * absolute-URI, without one), passed without violation by Jena's IRI checker, and parsed by
 * {@link java.net.URI}, which also refuses what Jena lets through with a warning (white
 * space of any kind inside, control characters, {@code <>"{}|\^`}). Sources copy addresses
 * by hand, so a stray space around one (often a no-break space, U+00A0, which
 * {@link String#strip()} keeps) is trimmed: the address is plainly meant. Anything else is
 * not repaired by guessing.
 */
public final class IriCheck {
    private IriCheck() {}

    /** {@code text} less surrounding white space, as an IRI to write; empty when it is not a legal absolute IRI. */
    public static Optional<String> legal(String text) {
        String iri = trim(text);
        if (iri.isEmpty()) {
            return Optional.empty();
        }
        try {
            IRIx parsed = IRIx.create(iri);
            if (parsed.isRelative() || parsed.hasViolations()) {
                return Optional.empty();
            }
            new URI(iri);
            return Optional.of(iri);
        } catch (IRIException | URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code text} without leading and trailing white space, Unicode spaces and zero-width ones included. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Java's white space, the Unicode space separators (U+00A0, U+2007, U+202F...), and the zero-width ones. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
