package org.govgraph.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.govgraph.bench.support.Workspace;
import org.govgraph.ingest.BundledSources;
import org.govgraph.ingest.csv.CsvFile;
import org.govgraph.ingest.csv.CsvRow;

/**
 * The keyword questions of the search benchmark: single words drawn, with their real
 * frequency, from the English titles of the real Canadian inventory (the synthetic one
 * recombines those titles, so every word has matches).
 */
final class Keywords {
    private static final Set<String> STOP = Set.of(
            "with",
            "from",
            "that",
            "this",
            "their",
            "your",
            "under",
            "into",
            "other",
            "services",
            "service",
            "and",
            "for",
            "the");

    private Keywords() {}

    static List<String> draw(int count, long seed) {
        List<String> words = new ArrayList<>();
        try {
            Path tmp = Files.createTempDirectory("govgraph-bench-keywords");
            Path csv = BundledSources.extract("ca-si", tmp).get(0);
            try (CsvFile file = CsvFile.open(csv, List.of("service_name_en"))) {
                for (CsvRow row : file) {
                    for (String w :
                            row.raw("service_name_en").toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                        if (w.length() >= 4 && !STOP.contains(w)) {
                            words.add(w);
                        }
                    }
                }
            }
            Workspace.delete(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(words.get(random.nextInt(words.size())));
        }
        return out;
    }
}
