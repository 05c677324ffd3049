package org.govgraph.bench.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.govgraph.server.pages.ExampleQueries;

/**
 * The example queries as Virtuoso is sent them: as written, unless its SPARQL dialect needs
 * a change, in which case the changed query is the file {@code virtuoso/queries/{id}.rq}
 * beside this class's resources, whose {@code # virtuoso:} line says what was changed and why
 * (the bench prints it beside the figures, so a reader knows which queries differ).
 */
final class VirtuosoDialect {
    private static final String WHY = "# virtuoso:";

    private VirtuosoDialect() {}

    /** The query Virtuoso runs for {@code example}. */
    static String query(ExampleQueries.Example example) {
        return adapted(example).orElse(example.query());
    }

    /** What the adapted form of {@code example} changes, from its {@code # virtuoso:} line. */
    static String why(ExampleQueries.Example example) {
        return adapted(example)
                .flatMap(q -> q.lines()
                        .filter(l -> l.startsWith(WHY))
                        .map(l -> l.substring(WHY.length()).trim())
                        .findFirst())
                .orElse("unchanged");
    }

    private static Optional<String> adapted(ExampleQueries.Example example) {
        String resource = "virtuoso/queries/" + example.id() + ".rq";
        try (InputStream in = VirtuosoDialect.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
