package org.govgraph.cli;

/**
 * The child JVM of {@link CrashDuringIngestIT}: runs {@code govgraph ingest --store DIR ca-si FILE}
 * exactly as a user would (ingest, then the index and the downloads brought up to date),
 * so that the test can kill it anywhere along the way.
 */
public final class IngestChild {
    private IngestChild() {}

    public static void main(String[] args) {
        System.out.println("started");
        int status = GovgraphCommand.commandLine()
                .execute("ingest", "--store", args[0], "--allow-rejects", "ca-si", args[1]);
        System.out.println("exit " + status);
        System.exit(status);
    }
}
