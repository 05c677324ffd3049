package org.govgraph.ingest.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.RowException;

/**
 * One XML record (or one step inside it) as the mapping reads it: its "columns" are element
 * paths ({@link XmlPath}) relative to its element. Each place a message may name gets a
 * column number for the record, and the record's row turns the number back into the
 * element's path, so that a rejection reads {@code file.xml:/servico/orgao/@id: reason}.
 */
final class XmlRecord implements Cells {
    /** A value and the exact place it was read from. */
    record Value(String text, String place) {}

    private final Path file;
    private final long line;
    private final XmlElement element;
    private final String fileName;
    /** Shared by a record and its steps: the places handed out as column numbers. */
    private final List<String> places;

    private final Map<String, XmlPath> parsed;
    /** Paths any record matched, and every element path records have (for a note on paths nothing matched). */
    private final Set<String> matched;

    private XmlRecord(
            Path file,
            long line,
            XmlElement element,
            List<String> places,
            Map<String, XmlPath> parsed,
            Set<String> matched) {
        this.file = file;
        this.line = line;
        this.element = element;
        String name = file.getFileName().toString();
        this.fileName = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        this.places = places;
        this.parsed = parsed;
        this.matched = matched;
    }

    /** A record whose element starts at {@code line}; {@code parsed} caches the table's paths, {@code matched} collects those that found values. */
    static XmlRecord of(Path file, long line, XmlElement element, Map<String, XmlPath> parsed, Set<String> matched) {
        return new XmlRecord(file, line, element, new ArrayList<>(), parsed, matched);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public IngestContext.Row startRow(IngestContext context) {
        String record = element.place();
        return context.row(
                file, line, column -> column <= 0 || column > places.size() ? record : places.get(column - 1));
    }

    @Override
    public int column(String name) {
        return column(name, 0);
    }

    @Override
    public int column(String name, int occurrence) {
        List<Value> values = values(name);
        String place = occurrence < values.size()
                ? values.get(occurrence).place()
                : element.place() + "/"
                        + path(name).alternatives().get(0).stream()
                                .reduce((a, b) -> a + "/" + b)
                                .orElse("");
        int at = places.indexOf(place);
        if (at < 0) {
            places.add(place);
            at = places.size() - 1;
        }
        return at + 1;
    }

    @Override
    public Optional<String> text(String name) {
        return values(name).stream().map(Value::text).findFirst();
    }

    @Override
    public List<String> texts(String name) {
        return values(name).stream().map(Value::text).toList();
    }

    @Override
    public String requireText(String name) {
        return text(name).orElseThrow(() -> new RowException(column(name), absent(name)));
    }

    @Override
    public void requireWellFormed() {
        // A record the reader could build is well formed; broken files are handed on as BrokenXml.
    }

    @Override
    public List<Cells> records(String path) {
        List<Cells> steps = new ArrayList<>();
        for (XmlElement e : elements(element, path(path).alternatives().get(0), 0)) {
            steps.add(new XmlRecord(file, line, e, places, parsed, matched));
        }
        if (!steps.isEmpty()) {
            matched.add(path);
        }
        return steps;
    }

    /** What is missing, in the words of the document: the element, or the element with no text. */
    private String absent(String name) {
        XmlPath p = path(name);
        List<String> steps = p.alternatives().get(0);
        String last = steps.get(steps.size() - 1);
        String what = last.startsWith("@") ? "the attribute " + last : "<" + last + ">";
        return name + " is required: " + what + " is missing or empty"
                + (p.alternatives().size() > 1 ? " (and so are the other alternatives)" : "");
    }

    /** The non-blank values of a path: those of its first alternative that has any. */
    private List<Value> values(String name) {
        XmlPath p = path(name);
        for (List<String> steps : p.alternatives()) {
            List<Value> values = new ArrayList<>();
            if (steps.size() == 1 && steps.get(0).equals(XmlPath.FILE)) {
                values.add(new Value(fileName, element.place()));
            } else {
                String last = steps.get(steps.size() - 1);
                if (last.startsWith("@")) {
                    for (XmlElement e : elements(element, steps.subList(0, steps.size() - 1), 0)) {
                        String v = e.attributes().get(last.substring(1));
                        if (v != null && !v.isBlank()) {
                            values.add(new Value(v.strip(), e.place() + "/" + last));
                        }
                    }
                } else {
                    for (XmlElement e : elements(element, steps, 0)) {
                        if (!e.text().isEmpty()) {
                            values.add(new Value(e.text(), e.place()));
                        }
                    }
                }
            }
            if (!values.isEmpty()) {
                matched.add(name);
                return values;
            }
        }
        return List.of();
    }

    private static List<XmlElement> elements(XmlElement from, List<String> steps, int at) {
        if (at == steps.size()) {
            return List.of(from);
        }
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : from.children()) {
            if (steps.get(at).equals("*") || steps.get(at).equals(child.name())) {
                found.addAll(elements(child, steps, at + 1));
            }
        }
        return found;
    }

    private XmlPath path(String name) {
        return parsed.computeIfAbsent(name, XmlPath::parse);
    }
}
