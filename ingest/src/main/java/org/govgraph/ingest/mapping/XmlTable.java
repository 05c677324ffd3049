package org.govgraph.ingest.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.SourceFormatException;

/**
 * XML records read with the JDK's streaming reader (StAX): each file is read once, and only
 * the record being handed on is held as a small tree, so a folder of any size, or one file
 * of many records, stays in flat memory. A record is each element at the mapping's record
 * path ({@code /servico}); elements in another namespace than the mapping's are passed over.
 * A file that is not well-formed XML, or that holds no record, is one rejected row at the
 * line and column the parser stopped at. No DTD is read and no external entity resolved.
 */
final class XmlTable implements TableFile {
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private final List<Path> files;
    private final List<String> recordSteps;
    private final String namespace;
    private final Set<String> columns;
    private final Map<String, XmlPath> parsed = new HashMap<>();
    private final Set<String> matched = new java.util.HashSet<>();
    /** Every element path (relative to the record) that records have, for the note on paths that found nothing. */
    private final Set<String> seen = new TreeSet<>();

    private long records;

    private XmlTable(List<Path> files, Mapping.Xml xml, Set<String> columns) {
        this.files = files;
        this.recordSteps = List.of(xml.record().substring(1).split("/"));
        this.namespace = xml.namespace();
        this.columns = columns;
    }

    static XmlTable open(Mapping.Xml xml, List<Path> files, Set<String> columns) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new SourceFormatException(file, "no such file");
            }
        }
        return new XmlTable(files, xml, columns);
    }

    /** The files of {@code folder} whose names match {@code pattern} ({@code *.xml}), in name order. */
    static List<Path> matching(Path folder, String pattern) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> in = Files.newDirectoryStream(folder, pattern)) {
            for (Path p : in) {
                if (Files.isRegularFile(p)) {
                    found.add(p);
                }
            }
        } catch (IOException e) {
            throw new SourceFormatException(folder, "cannot be read: " + e.getMessage(), e);
        }
        found.sort(null);
        return found;
    }

    @Override
    public void forEach(Consumer<Cells> each) {
        for (Path file : files) {
            read(file, each);
        }
    }

    private void read(Path file, Consumer<Cells> each) {
        int found = 0;
        String root = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            try {
                Deque<String> stack = new ArrayDeque<>();
                XmlElement current = null;
                long recordLine = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = r.getLocalName();
                        boolean ours = namespace == null || namespace.equals(r.getNamespaceURI());
                        if (root == null) {
                            root = name;
                        }
                        stack.addLast(ours ? name : "");
                        if (current != null) {
                            current = ours ? current.addChild(name) : skip(r, stack, current);
                            if (current != null && ours) {
                                attributes(r, current);
                            }
                        } else if (ours && isRecord(stack)) {
                            found++;
                            current = new XmlElement(name, null);
                            current.place(
                                    stack.size() == 1
                                            ? "/" + name
                                            : "/" + String.join("/", recordSteps) + "[" + found + "]");
                            recordLine = r.getLocation().getLineNumber();
                            attributes(r, current);
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        stack.removeLast();
                        if (current != null) {
                            XmlElement parent = current.parent();
                            if (parent == null) {
                                collect(current, "");
                                records++;
                                each.accept(XmlRecord.of(file, recordLine, current, parsed, matched));
                            }
                            current = parent;
                        }
                    } else if (current != null
                            && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                        current.appendText(r.getText());
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String reason = e.getMessage();
            // The JDK prefixes its message with "ParseError at [row,col]:[l,c]"; the place is given once, by the
            // rejection.
            reason = reason.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            each.accept(new BrokenXml(
                    file,
                    at == null ? 1 : Math.max(1, at.getLineNumber()),
                    at == null ? 0 : Math.max(0, at.getColumnNumber()),
                    "is not well-formed XML: " + reason.strip()));
            return;
        } catch (IOException e) {
            throw new SourceFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (found == 0) {
            each.accept(new BrokenXml(
                    file,
                    1,
                    0,
                    "holds no record: no element at " + "/" + String.join("/", recordSteps)
                            + (namespace == null ? "" : " in the namespace " + namespace)
                            + (root == null ? "" : " (its root element is <" + root + ">)")));
        }
    }

    private XmlElement skip(XMLStreamReader r, Deque<String> stack, XmlElement current) throws XMLStreamException {
        // An element of another namespace, and everything inside it, is not part of the record.
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        stack.removeLast();
        return current;
    }

    private void attributes(XMLStreamReader r, XmlElement e) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            if (ns == null || ns.isEmpty()) {
                e.attributes().put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
        }
    }

    private boolean isRecord(Deque<String> stack) {
        return stack.size() == recordSteps.size() && List.copyOf(stack).equals(recordSteps);
    }

    private void collect(XmlElement e, String prefix) {
        for (String a : e.attributes().keySet()) {
            seen.add((prefix.isEmpty() ? "" : prefix + "/") + "@" + a);
        }
        for (XmlElement c : e.children()) {
            String p = (prefix.isEmpty() ? "" : prefix + "/") + c.name();
            seen.add(p);
            collect(c, p);
        }
    }

    /** Paths of the mapping that found a value in no record: a misspelt element name, most likely. */
    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (String column : columns) {
            if (records > 0 && !matched.contains(column)) {
                notes.add("No record of the " + files.size() + " XML file(s) has a value at " + column
                        + "; the element paths the records have are: " + String.join(", ", seen));
            }
        }
        return notes;
    }

    @Override
    public void close() {
        // Each file is closed as soon as it is read.
    }

    /** A file that is not well-formed, or holds no record: one rejected row at the place the parser stopped. */
    private record BrokenXml(Path file, long line, int at, String reason) implements Cells {
        @Override
        public int column(String name) {
            return at;
        }

        @Override
        public Optional<String> text(String name) {
            return Optional.empty();
        }

        @Override
        public String requireText(String name) {
            throw new RowException(at, reason);
        }

        @Override
        public void requireWellFormed() {
            throw new RowException(at, reason);
        }

        @Override
        public IngestContext.Row startRow(IngestContext context) {
            return context.row(file, null, line);
        }
    }
}
