package org.govgraph.search.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govgraph.search.SearchException;

/**
 * The graded relevance set kept with the search module: {@code questions.tsv} (id, language,
 * group, text) and {@code judgments.tsv} (question, grade, entity path under {@code {base}id/},
 * title for the reader), judged by hand from the bundled real data as the README beside them
 * says. Backends read the same set, so their figures compare.
 */
public record RelevanceSet(List<Question> questions) {
    private static final String QUESTIONS = "questions.tsv";
    private static final String JUDGMENTS = "judgments.tsv";

    public RelevanceSet {
        questions = List.copyOf(questions);
    }

    /** The bundled set, with entity paths resolved against {@code base} (e.g. {@code http://localhost:8080/}). */
    public static RelevanceSet bundled(String base) {
        Map<String, String[]> asked = new LinkedHashMap<>();
        for (Row r : rows(QUESTIONS, 4)) {
            if (asked.put(r.cells()[0], r.cells()) != null) {
                throw r.error("question " + r.cells()[0] + " is defined twice");
            }
        }
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (Row r : rows(JUDGMENTS, 3)) {
            String id = r.cells()[0];
            if (!asked.containsKey(id)) {
                throw r.error("judgement of unknown question " + id);
            }
            int grade;
            try {
                grade = Integer.parseInt(r.cells()[1]);
            } catch (NumberFormatException e) {
                grade = -1;
            }
            if (grade < 0 || grade > 2) {
                throw r.error("grade must be 0, 1 or 2; got '" + r.cells()[1] + "'");
            }
            String iri = base + "id/" + r.cells()[2];
            if (grades.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(iri, grade) != null) {
                throw r.error(r.cells()[2] + " is judged twice for " + id);
            }
        }
        List<Question> out = new ArrayList<>();
        asked.forEach((id, c) -> out.add(new Question(id, c[1], c[2], c[3], grades.getOrDefault(id, Map.of()))));
        return new RelevanceSet(out);
    }

    /** One data line of a file, numbered from 1 as an editor shows it. */
    private record Row(String file, int line, String[] cells) {
        SearchException error(String message) {
            return new SearchException("relevance/" + file + ":" + line + ": " + message);
        }
    }

    private static List<Row> rows(String file, int minCells) {
        InputStream in = RelevanceSet.class.getResourceAsStream(file);
        if (in == null) {
            throw new SearchException("The relevance set's " + file + " is missing from the search module.");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 || line.isBlank() || line.startsWith("#")) {
                    continue; // the header, blank lines and comments
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < minCells) {
                    throw new SearchException("relevance/" + file + ":" + n + ": expected " + minCells
                            + " tab-separated columns, found " + cells.length);
                }
                rows.add(new Row(file, n, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
