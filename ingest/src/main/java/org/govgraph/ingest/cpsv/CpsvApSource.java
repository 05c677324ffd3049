package org.govgraph.ingest.cpsv;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.ingest.SourceInfo;
import org.govgraph.model.vocab.CPSV;
import org.govgraph.model.vocab.DCAT3;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.QB;

/**
 * A source published as CPSV-AP 3 by its agency (Turtle, JSON-LD or RDF/XML, gzipped or not;
 * what govgraph's own downloads are too): read with RIOT, each subject of the files one row
 * (its triples), validated with the project's shapes by the runner like every other source,
 * so that a subject that breaks them is rejected as {@code file:<subject>: reason} and the
 * rest is written as a release. Nothing is fetched: IRIs are not dereferenced and a JSON-LD
 * document's remote {@code @context} is refused by the process's loader.
 *
 * <p>The catalog's licence and publisher are the files' own when they describe a
 * {@code dcat:Dataset} (or {@code dcat:DatasetSeries}) with {@code dct:license} and
 * {@code dct:publisher}; otherwise the catalog says {@code gg:NotStated} rather than guess.
 */
public final class CpsvApSource implements SourceAdapter {
    /** The one input format this adapter reads, as {@code --format} names it. */
    public static final String FORMAT = "cpsv-ap";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final List<Lang> LANGS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES);

    private final String id;
    /** What the files say of themselves, once read. */
    private String licence;

    private String publisher;
    private String origin;

    public CpsvApSource(String id) {
        if (!ID.matcher(id).matches()) {
            throw new SourceFormatException(
                    Path.of(id),
                    "the source id '" + id + "' must be lower-case letters," + " digits and -, e.g. be-ipdc");
        }
        this.id = id;
    }

    @Override
    public SourceInfo info() {
        String notStated = GG.NotStated.getURI();
        return new SourceInfo(
                id,
                "Public services of " + id + " (CPSV-AP)",
                "Public services published as CPSV-AP 3 by their agency and ingested as published, validated with"
                        + " govgraph's shapes.",
                publisher == null ? "Not stated in the files" : publisher,
                licence == null ? notStated : licence,
                origin == null ? notStated : origin,
                "FILE... in Turtle (.ttl), JSON-LD (.jsonld), RDF/XML (.rdf) or N-Triples (.nt), gzipped or not",
                null);
    }

    @Override
    public void read(List<Path> inputs, IngestContext context) {
        List<Path> files = files(inputs);
        boolean services = false;
        for (Path file : files) {
            Graph g = parse(file);
            services |= g.contains(Node.ANY, RDF.type.asNode(), CPSV.PublicService.asNode());
            describeSelf(g);
            Set<Node> derived = statisticsCubes(g);
            Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
            g.find()
                    .filterDrop(t -> derived.contains(t.getSubject()))
                    .forEachRemaining(t -> bySubject
                            .computeIfAbsent(t.getSubject(), s -> new ArrayList<>())
                            .add(t));
            long n = 0;
            for (Map.Entry<Node, List<Triple>> e : bySubject.entrySet()) {
                String place = e.getKey().isURI()
                        ? "<" + e.getKey().getURI() + ">"
                        : "_:" + e.getKey().getBlankNodeLabel();
                IngestContext.Row row = context.row(file, ++n, column -> place);
                e.getValue().forEach(t -> row.add(t.getSubject(), t.getPredicate(), t.getObject()));
                row.accept();
            }
        }
        if (!services) {
            throw new SourceFormatException(
                    files.get(0),
                    "holds no cpsv:PublicService: not CPSV-AP (" + id
                            + " takes the services an agency publishes in CPSV-AP 3)");
        }
    }

    /**
     * The data sets and observations of govgraph's own service statistics cubes in {@code g} (a
     * govgraph download carries its source's): derived figures, which the ingest computes again
     * for this source from its services, so copying them would give it a second cube under
     * another source's IRIs.
     */
    private static Set<Node> statisticsCubes(Graph g) {
        Set<Node> subjects = new HashSet<>();
        for (Node structure : List.of(
                GG.serviceStatsStructure.asNode(),
                GG.stageStatsStructure.asNode(),
                GG.channelStatsStructure.asNode(),
                GG.typeStatsStructure.asNode(),
                GG.yearStatsStructure.asNode())) {
            g.find(Node.ANY, QB.structure.asNode(), structure).forEachRemaining(t -> subjects.add(t.getSubject()));
        }
        for (Node cube : List.copyOf(subjects)) {
            g.find(Node.ANY, QB.dataSet.asNode(), cube).forEachRemaining(t -> subjects.add(t.getSubject()));
        }
        return subjects;
    }

    /** The files given, or every RDF file of a folder given alone, in name order. */
    @Override
    public List<Path> inputFiles(List<Path> inputs) {
        return files(inputs);
    }

    private static List<Path> files(List<Path> inputs) {
        if (inputs.size() == 1 && Files.isDirectory(inputs.get(0))) {
            try (var s = Files.list(inputs.get(0))) {
                List<Path> found = s.filter(p -> lang(p) != null).sorted().toList();
                if (found.isEmpty()) {
                    throw new SourceFormatException(
                            inputs.get(0), "holds no Turtle, JSON-LD, RDF/XML or N-Triples file");
                }
                return found;
            } catch (java.io.IOException e) {
                throw new SourceFormatException(inputs.get(0), "cannot be read: " + e.getMessage(), e);
            }
        }
        for (Path p : inputs) {
            if (lang(p) == null) {
                throw new SourceFormatException(
                        p,
                        "is not named as an RDF file: CPSV-AP is read from .ttl, .jsonld,"
                                + " .rdf or .nt files (or the same gzipped, .ttl.gz)");
            }
        }
        return inputs;
    }

    /** The RDF syntax a file's name says (a {@code .gz} suffix read through), or null. */
    private static Lang lang(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        Lang lang = RDFLanguages.filenameToLang(name);
        return lang != null && LANGS.contains(lang) ? lang : null;
    }

    private static Graph parse(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in =
                        file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                                ? new GZIPInputStream(raw, 1 << 16)
                                : raw) {
            RDFParser.source(in)
                    .lang(lang(file))
                    .base(file.toUri().toString())
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(g);
        } catch (java.util.zip.ZipException e) {
            throw new SourceFormatException(file, "is named .gz but is not gzipped: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new SourceFormatException(file, "cannot be read: " + e.getMessage(), e);
        } catch (RiotParseException e) {
            throw new SourceFormatException(
                    file,
                    e.getLine(),
                    (int) e.getCol(),
                    "is not valid " + lang(file).getLabel() + ": " + e.getOriginalMessage());
        } catch (RiotException e) {
            throw new SourceFormatException(file, "is not valid " + lang(file).getLabel() + ": " + e.getMessage());
        }
        return g;
    }

    /** The licence, publisher and landing page of the data set the files describe, if they do. */
    private void describeSelf(Graph g) {
        for (Node type : List.of(DCAT3.Dataset.asNode(), DCAT3.DatasetSeries.asNode())) {
            g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                Node d = t.getSubject();
                g.find(d, DCTerms.license.asNode(), Node.ANY).forEachRemaining(l -> {
                    if (licence == null && l.getObject().isURI()) {
                        licence = l.getObject().getURI();
                    }
                });
                g.find(d, DCTerms.publisher.asNode(), Node.ANY).forEachRemaining(p -> {
                    if (publisher == null) {
                        publisher = p.getObject().isLiteral()
                                ? p.getObject().getLiteralLexicalForm()
                                : name(g, p.getObject());
                    }
                });
                g.find(d, DCAT3.landingPage.asNode(), Node.ANY).forEachRemaining(p -> {
                    if (origin == null && p.getObject().isURI()) {
                        origin = p.getObject().getURI();
                    }
                });
            });
        }
    }

    private static String name(Graph g, Node agent) {
        var names = g.find(agent, org.apache.jena.sparql.vocabulary.FOAF.name.asNode(), Node.ANY)
                .toList();
        return names.isEmpty()
                ? (agent.isURI() ? agent.getURI() : null)
                : names.get(0).getObject().getLiteralLexicalForm();
    }
}
