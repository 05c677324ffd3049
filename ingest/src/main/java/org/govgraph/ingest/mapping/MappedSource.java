package org.govgraph.ingest.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.ingest.CodeList;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.ingest.SourceInfo;
import org.govgraph.ingest.WebAddress;
import org.govgraph.model.vocab.CV;

/**
 * A source defined by a mapping file instead of an adapter class: the tables it names are
 * opened and their headers checked against every column the mapping names before any row
 * is read, then read in the mapping's order, each row becoming the triples
 * {@link RowWriter} makes of it, or a rejection at its file, line and column. What follows
 * (SHACL, the one atomic write, provenance) is the {@link org.govgraph.ingest.IngestRunner}'s,
 * as for every source.
 *
 * <p>The inputs are one folder holding the tables' files, or the files themselves, matched
 * to the tables by name (a mapping with one table takes any one file).
 */
public final class MappedSource implements SourceAdapter {
    private final String id;
    private final MappingFile mappingFile;
    /** The mapping file as a file, for provenance; empty for a mapping bundled in govgraph. */
    private final Optional<Path> mappingPath;

    /** A source id names the source's graph, {@code graph/source/{id}}: a short lower-case name. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private MappedSource(String id, MappingFile mappingFile, Optional<Path> mappingPath) {
        if (!ID.matcher(id).matches()) {
            throw new SourceFormatException(
                    mappingFile.path(),
                    "the source id '" + id + "' must be lower-case letters," + " digits and -, e.g. my-jim");
        }
        this.id = id;
        this.mappingFile = mappingFile;
        this.mappingPath = mappingPath;
    }

    /** The source {@code id} as a mapping file on disk says. */
    public static MappedSource fromFile(String id, Path mapping) {
        return new MappedSource(id, MappingFile.read(mapping), Optional.of(mapping));
    }

    /** A source govgraph bundles as a mapping, {@code mappings/{id}.yaml} on the class path. */
    public static MappedSource bundled(String id) {
        String resource = "mappings/" + id + ".yaml";
        try (InputStream in = MappedSource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled mapping missing from the class path: " + resource);
            }
            return new MappedSource(id, MappingFile.read(Path.of(resource), in.readAllBytes()), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled mapping " + resource, e);
        }
    }

    public MappingFile mapping() {
        return mappingFile;
    }

    @Override
    public SourceInfo info() {
        Mapping.SourceMeta s = mappingFile.mapping().source();
        List<String> files =
                mappingFile.mapping().tables().stream().map(Mapping.Table::file).toList();
        return new SourceInfo(
                id,
                s.title(),
                s.description() == null ? s.title() : s.description(),
                s.publisher(),
                s.licence(),
                s.url(),
                files.size() == 1
                        ? "FILE, a table like " + files.get(0)
                        : "FOLDER holding " + String.join(", ", files) + " (or those files)",
                s.country());
    }

    /** The tables' files and the mapping file itself, so that provenance records the SHA-256 of each. */
    @Override
    public List<Path> inputFiles(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        resolve(inputs).values().forEach(files::addAll);
        mappingPath.ifPresent(files::add);
        return files;
    }

    /** A bundled mapping is recorded by its name, size and SHA-256, as the files are. */
    @Override
    public List<org.govgraph.ingest.Provenance.InputFile> bundledInputs() {
        return mappingPath.isPresent()
                ? List.of()
                : List.of(new org.govgraph.ingest.Provenance.InputFile(
                        mappingFile.path(), mappingFile.size(), mappingFile.sha256()));
    }

    @Override
    public void read(List<Path> inputs, IngestContext context) {
        Mapping mapping = mappingFile.mapping();
        Map<Mapping.Table, List<Path>> files = resolve(inputs);
        Map<Mapping.Table, TableFile> opened = new LinkedHashMap<>();
        Map<String, Set<String>> compared = compared(mapping);
        try {
            for (Mapping.Table table : mapping.tables()) {
                Set<String> columns = MappingColumns.of(table);
                columns.addAll(compared.getOrDefault(table.name(), Set.of()));
                opened.put(table, TableFile.open(table, files.get(table), columns));
            }
            Map<String, TableKeys> keys = new HashMap<>();
            mapping.tables().forEach(t -> keys.put(t.name(), new TableKeys(t)));
            RowWriter writer = new RowWriter(
                    context.iris(),
                    mapping.iriScheme(),
                    mapping.conceptSchemes(),
                    keys,
                    compared,
                    describeChannels(context, mapping),
                    mapping.source().country());
            describeConceptSchemes(context, mapping, writer);
            opened.forEach((table, tableFile) -> {
                tableFile.forEach(cells -> {
                    IngestContext.Row row = cells.startRow(context);
                    try {
                        cells.requireWellFormed();
                        if (table.organisation() != null) {
                            writer.organisation(table, cells, row);
                        } else {
                            writer.service(table, cells, row);
                        }
                        row.accept();
                    } catch (RowException e) {
                        row.reject(e.column(), e.getMessage());
                    }
                });
                tableFile.notes().forEach(context::note);
            });
        } finally {
            opened.values().forEach(TableFile::close);
        }
    }

    /** Which files each table is read from: one, or for XML records named by a pattern, every match in name order. */
    private Map<Mapping.Table, List<Path>> resolve(List<Path> inputs) {
        List<Mapping.Table> tables = mappingFile.mapping().tables();
        List<String> names = tables.stream().map(Mapping.Table::file).toList();
        Map<Mapping.Table, List<Path>> files = new LinkedHashMap<>();
        if (inputs.size() == 1 && Files.isDirectory(inputs.get(0))) {
            Path folder = inputs.get(0);
            for (Mapping.Table t : tables) {
                if (isPattern(t.file())) {
                    List<Path> matches = XmlTable.matching(folder, t.file());
                    if (matches.isEmpty()) {
                        throw new SourceFormatException(
                                folder,
                                "holds no file named like " + t.file() + ": the " + id + " folder must hold "
                                        + String.join(", ", names));
                    }
                    files.put(t, matches);
                    continue;
                }
                Path file = folder.resolve(t.file());
                if (!Files.isRegularFile(file)) {
                    throw new SourceFormatException(
                            file, "no such file: the " + id + " folder must hold " + String.join(", ", names));
                }
                files.put(t, List.of(file));
            }
            return files;
        }
        if (tables.size() == 1 && (inputs.size() == 1 || isPattern(tables.get(0).file()))) {
            files.put(tables.get(0), List.copyOf(inputs));
            return files;
        }
        for (Mapping.Table t : tables) {
            Path file = inputs.stream()
                    .filter(p -> p.getFileName().toString().equals(t.file()))
                    .findFirst()
                    .orElseThrow(() -> new SourceFormatException(
                            inputs.isEmpty() ? Path.of(t.file()) : inputs.get(0),
                            id + " takes a folder holding " + String.join(", ", names) + ", or those files: " + t.file()
                                    + " is not among the arguments"));
            files.put(t, List.of(file));
        }
        if (inputs.size() != tables.size()) {
            throw new SourceFormatException(
                    inputs.get(0), id + " takes " + String.join(", ", names) + ", not " + inputs.size() + " files");
        }
        return files;
    }

    /** Whether a table's file is a pattern such as {@code *.xml} rather than a name. */
    static boolean isPattern(String file) {
        return file.contains("*") || file.contains("?");
    }

    /** Per table, the columns that later tables compare with their own through {@code same}. */
    private static Map<String, Set<String>> compared(Mapping mapping) {
        Map<String, Set<String>> compared = new HashMap<>();
        for (Mapping.Table t : mapping.tables()) {
            Mapping.Reference r = t.organisation() != null
                    ? t.organisation().parent()
                    : t.service().authority();
            if (r != null && r.table() != null && r.same() != null) {
                compared.computeIfAbsent(r.table(), k -> new LinkedHashSet<>())
                        .addAll(r.same().values());
            }
        }
        return compared;
    }

    /** The source's own concept schemes, described once for the whole source. */
    private static void describeConceptSchemes(IngestContext context, Mapping mapping, RowWriter writer) {
        if (mapping.conceptSchemes() == null) {
            return;
        }
        Graph g = context.shared();
        mapping.conceptSchemes().forEach((key, scheme) -> {
            Node node = writer.conceptScheme(key);
            g.add(node, RDF.type.asNode(), org.apache.jena.vocabulary.SKOS.ConceptScheme.asNode());
            scheme.title().forEach((lang, title) -> {
                g.add(node, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, lang));
                g.add(
                        node,
                        org.apache.jena.vocabulary.SKOS.prefLabel.asNode(),
                        NodeFactory.createLiteralLang(title, lang));
            });
        });
    }

    /** The channel nodes the mapping describes once for the whole source, by key. */
    private static Map<String, Node> describeChannels(IngestContext context, Mapping mapping) {
        Map<String, Node> nodes = new HashMap<>();
        if (mapping.channels() == null) {
            return nodes;
        }
        Graph g = context.shared();
        CodeList codes = CodeList.channels();
        mapping.channels().forEach((key, channel) -> {
            Node node = context.iris().id("channel", mapping.iriScheme(), key);
            g.add(node, RDF.type.asNode(), CV.Channel.asNode());
            g.add(node, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(key));
            channel.title()
                    .forEach((lang, title) ->
                            g.add(node, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, lang)));
            g.add(node, DCTerms.type.asNode(), codes.concept(channel.type()).orElseThrow());
            if (channel.homepage() != null) {
                g.add(
                        node,
                        FOAF.homepage.asNode(),
                        WebAddress.parse(channel.homepage()).orElseThrow());
            }
            nodes.put(key, node);
        });
        return nodes;
    }
}
