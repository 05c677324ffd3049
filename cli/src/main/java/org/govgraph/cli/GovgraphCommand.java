package org.govgraph.cli;

import org.govgraph.model.store.StoreException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code govgraph} command line: one entry point for every operation on a store. */
@Command(
        name = "govgraph",
        mixinStandardHelpOptions = true,
        versionProvider = GovgraphCommand.Version.class,
        description = "Linked open data for public-sector service delivery.",
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
            IngestCommand.class,
            QueryCommand.class,
            ValidateCommand.class,
            ExportCommand.class,
            GenerateCommand.class,
            PruneCommand.class
        })
public final class GovgraphCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** The command line with its subcommands, ready to execute (tests call this in-process). */
    public static CommandLine commandLine() {
        return new CommandLine(new GovgraphCommand()).setExecutionExceptionHandler(GovgraphCommand::failed);
    }

    /**
     * A command that could not do its work says why in one line: exit status 2 for a store
     * that cannot be opened or served (the message names the directory and what to do), 3 for
     * anything unexpected, whose details go to the log; never a stack trace on the terminal.
     */
    private static int failed(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        if (e instanceof StoreException) {
            commandLine.getErr().println(e.getMessage());
            return 2;
        }
        LoggerFactory.getLogger(GovgraphCommand.class).error("govgraph {} failed", commandLine.getCommandName(), e);
        commandLine
                .getErr()
                .println("govgraph " + commandLine.getCommandName() + " failed: " + e.getMessage()
                        + " (details in the log)");
        return 3;
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
