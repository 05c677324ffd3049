package org.govgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govgraph query}: runs one SPARQL query on a store, CSV for SELECT and ASK, Turtle for CONSTRUCT and DESCRIBE. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description =
                "Run a SPARQL query on a store without a server: CSV for SELECT/ASK, Turtle for CONSTRUCT/DESCRIBE.")
public final class QueryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Parameters(
            index = "0",
            paramLabel = "SPARQL",
            description = "The query (the default graph is the union of all graphs).")
    private String queryText;

    @Override
    public Integer call() {
        Query query;
        try {
            query = QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            spec.commandLine().getErr().println("Malformed query: " + e.getMessage());
            return 2;
        }
        PrintWriter writer = spec.commandLine().getOut();
        try (Releases platform = store.openExisting();
                OutputStream out = WriterOutputStream.builder()
                        .setWriter(writer)
                        .setCharset(StandardCharsets.UTF_8)
                        .get()) {
            Store opened = platform.current().store();
            opened.read(() -> {
                try (QueryExecution exec =
                        QueryExecution.dataset(opened.dataset()).query(query).build()) {
                    if (query.isSelectType()) {
                        ResultSetFormatter.outputAsCSV(out, exec.execSelect());
                    } else if (query.isAskType()) {
                        ResultSetFormatter.outputAsCSV(out, exec.execAsk());
                    } else if (query.isConstructType()) {
                        RDFDataMgr.write(out, exec.execConstruct(), Lang.TURTLE);
                    } else {
                        RDFDataMgr.write(out, exec.execDescribe(), Lang.TURTLE);
                    }
                }
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.flush();
        return 0;
    }
}
