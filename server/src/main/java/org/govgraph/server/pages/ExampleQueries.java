package org.govgraph.server.pages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The example SPARQL queries of the editor page, bundled as {@code web/examples/*.rq}
 * (listed in order by {@code web/examples/index.txt}). Each file starts with a
 * {@code # title: ...} comment; the queries declare their own prefixes so that they run
 * as they are, which lets the benchmark reuse them as its query mix. A line of the index is a
 * file name, followed by {@code cube} when the example answers from the service statistics
 * cube computed at ingest rather than from the services themselves; {@code #} starts a comment.
 */
public final class ExampleQueries {
    /** Where the examples live on the class path. */
    public static final String FOLDER = "web/examples/";

    /**
     * One example.
     *
     * @param id     the file name without {@code .rq}, e.g. {@code 01-malaysia-egdi-by-year}
     * @param title  what question it answers
     * @param query  the whole query text, comments included
     * @param fromCube whether it answers from the service statistics cube
     */
    public record Example(String id, String title, String query, boolean fromCube) {}

    /** The index's word after a file name for an example that answers from the cube. */
    static final String CUBE = "cube";

    private ExampleQueries() {}

    /** Every example, in the order of the index file. */
    public static List<Example> all() {
        List<Example> out = new ArrayList<>();
        List<String> lines = read(FOLDER + "index.txt").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            if (words.length > 2 || (words.length == 2 && !words[1].equals(CUBE))) {
                throw new IllegalStateException(FOLDER + "index.txt:" + (i + 1)
                        + ": expected a file name and optionally 'cube', not '" + line + "'");
            }
            String file = words[0];
            String text = read(FOLDER + file);
            String title = text.lines()
                    .filter(l -> l.startsWith("# title:"))
                    .findFirst()
                    .map(l -> l.substring("# title:".length()).strip())
                    .orElseThrow(() -> new IllegalStateException(FOLDER + file + ":1: no '# title:' comment"));
            out.add(new Example(file.replaceFirst("\\.rq$", ""), title, text, words.length == 2));
        }
        return List.copyOf(out);
    }

    private static String read(String resource) {
        InputStream in = ExampleQueries.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder sb = new StringBuilder();
            r.lines().forEach(l -> sb.append(l).append('\n'));
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
