package org.govgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code govgraph} command line: one entry point for every operation on a store. */
@Command(name = "govgraph", mixinStandardHelpOptions = true,
        versionProvider = GovgraphCommand.Version.class,
        description = "Linked open data for public-sector service delivery.",
        subcommands = {DemoCommand.class, ServeCommand.class, IngestCommand.class, QueryCommand.class,
                ValidateCommand.class, ExportCommand.class, GenerateCommand.class})
public final class GovgraphCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** The command line with its subcommands, ready to execute (tests call this in-process). */
    public static CommandLine commandLine() {
        return new CommandLine(new GovgraphCommand());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = GovgraphCommand.class.getPackage().getImplementationVersion();
            return new String[] {"govgraph " + (v == null ? "(development build)" : v)};
        }
    }
}
