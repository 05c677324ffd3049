package org.govgraph.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code govgraph} command line: one entry point for every operation on a store. */
@Command(name = "govgraph", mixinStandardHelpOptions = true,
        description = "Linked open data for public-sector service delivery.")
public final class GovgraphCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GovgraphCommand()).execute(args));
    }
}
