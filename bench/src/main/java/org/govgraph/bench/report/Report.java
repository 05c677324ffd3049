package org.govgraph.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of one bench run, written as {@code results.json} (for machines) and
 * {@code README.md} (a Markdown table per benchmark, for people) in the results folder.
 * Each table is written as soon as its benchmark ends, so an interrupted run keeps what it measured.
 */
public final class Report {
    private final Path dir;
    private final String command;
    private final Instant started = Instant.now();
    private final List<ResultTable> tables = new ArrayList<>();
    private final List<String> commands = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * A report in {@code dir}; the tables of an earlier run found there are kept, so that
     * benchmarks run one at a time add up to one page. {@code command} is what made this run
     * (null when it only merges results).
     */
    public Report(Path dir, String command) {
        this.dir = dir;
        this.command = command;
        Path existing = dir.resolve("results.json");
        if (Files.exists(existing)) {
            try {
                JsonNode doc = json.readTree(existing.toFile());
                for (JsonNode t : doc.path("benchmarks")) {
                    tables.add(json.treeToValue(t, ResultTable.class));
                }
                doc.path("commands").forEach(c -> commands.add(c.asText()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the earlier results in " + existing, e);
            }
        }
        if (command != null) {
            commands.remove(command);
            commands.add(command);
        }
    }

    /** Adds every table of another run's results (and the commands that made them). */
    public synchronized void merge(Report other) {
        other.commands.stream().filter(c -> !commands.contains(c)).forEach(commands::add);
        other.tables().forEach(this::add);
    }

    /**
     * Adds a table and rewrites both files. A table with the same id and columns from an
     * earlier run is merged: rows with the same first cell are replaced, others kept.
     */
    public synchronized void add(ResultTable table) {
        ResultTable merged = table;
        for (ResultTable old : tables) {
            if (old.id().equals(table.id()) && old.columns().equals(table.columns())) {
                List<List<Object>> rows = new ArrayList<>();
                for (List<Object> row : old.rows()) {
                    if (table.rows().stream()
                            .noneMatch(r -> String.valueOf(r.get(0)).equals(String.valueOf(row.get(0))))) {
                        rows.add(row);
                    }
                }
                rows.addAll(table.rows());
                List<String> notes = new ArrayList<>(table.notes());
                old.notes().stream()
                        .filter(n -> !notes.contains(n) && !n.startsWith("Growth"))
                        .forEach(notes::add);
                merged = new ResultTable(table.id(), table.title(), table.columns(), rows, notes);
            }
        }
        String id = table.id();
        int at = -1;
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).id().equals(id)) {
                at = i;
            }
        }
        if (at >= 0) {
            tables.set(at, merged);
        } else {
            tables.add(merged);
        }
        write();
    }

    public synchronized List<ResultTable> tables() {
        return List.copyOf(tables);
    }

    private void write() {
        try {
            Files.createDirectories(dir);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("commands", commands);
            doc.put("started", started.toString());
            doc.put("machine", machine());
            doc.put("benchmarks", tables);
            json.writeValue(dir.resolve("results.json").toFile(), doc);
            Files.writeString(dir.resolve("README.md"), markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results to " + dir, e);
        }
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            m.put("memoryGiB", Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        }
        return m;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# govgraph benchmark results\n\n");
        Map<String, Object> m = machine();
        md.append("Made by ")
                .append(String.join(
                        ", ", commands.stream().map(c -> "`" + c + "`").toList()))
                .append("; last run started ")
                .append(started)
                .append(", on ")
                .append(m.get("cores"))
                .append(" cores, ")
                .append(m.getOrDefault("memoryGiB", "?"))
                .append(" GiB, ")
                .append(m.get("java"))
                .append(". Machine-readable: [results.json](results.json).\n");
        md.append("Each benchmark runs govgraph and its peer in the same run, interleaved (A, B, A, B); a ratio above 1"
                + " means govgraph is faster (or smaller) by that factor, below 1 slower.\n");
        md.append(otherRuns());
        for (ResultTable t : tables) {
            md.append("\n## ").append(t.title()).append("\n\n");
            md.append('|');
            t.columns().forEach(c -> md.append(' ').append(c).append(" |"));
            md.append("\n|");
            t.columns().forEach(c -> md.append(" --- |"));
            md.append('\n');
            for (List<Object> row : t.rows()) {
                md.append('|');
                row.forEach(cell ->
                        md.append(' ').append(cell(cell).replace("|", "\\|")).append(" |"));
                md.append('\n');
            }
            if (!t.notes().isEmpty()) {
                md.append('\n');
                t.notes().forEach(n -> md.append("- ").append(n).append('\n'));
            }
        }
        return md.toString();
    }

    /**
     * Links to the results kept in sub-folders (runs on another store size, e.g. {@code 1m/}),
     * each with the titles of its tables, so that the top page leads to every figure.
     */
    private String otherRuns() {
        StringBuilder md = new StringBuilder();
        try (var folders = Files.list(dir)) {
            for (Path sub : folders.filter(f -> Files.isRegularFile(f.resolve("results.json")))
                    .sorted()
                    .toList()) {
                List<String> titles = new ArrayList<>();
                json.readTree(sub.resolve("results.json").toFile())
                        .path("benchmarks")
                        .forEach(b -> titles.add(b.path("title").asText()));
                String name = sub.getFileName().toString();
                md.append("- [")
                        .append(name)
                        .append("/README.md](")
                        .append(name)
                        .append("/README.md): ")
                        .append(String.join("; ", titles))
                        .append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the results in " + dir, e);
        }
        return md.isEmpty() ? "" : "\nMore results, from runs on other stores:\n\n" + md;
    }

    /** Numbers with a sensible precision, the rest as text; null as a dash. */
    static String cell(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Double d) {
            double a = Math.abs(d);
            return a >= 1000
                    ? String.format(Locale.ROOT, "%,.0f", d)
                    : a >= 10 ? String.format(Locale.ROOT, "%.1f", d) : String.format(Locale.ROOT, "%.3g", d);
        }
        if (value instanceof Long || value instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
        }
        return value.toString();
    }
}
