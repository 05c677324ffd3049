package org.govgraph.release.publish;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The temporal and spatial coverage of a source graph, read from its data: the survey
 * years and reference dates of its observations and the fiscal years of its reports give
 * the period; the reference areas of its observations give the countries. A service
 * inventory has no reference areas: its country is the jurisdiction its ingest recorded on
 * the release ({@code dct:spatial} of the release record, see {@code ingest/Provenance}).
 *
 * @param start     the first day covered: an {@code xsd:gYear} or {@code xsd:date} literal
 * @param end       the last day covered, in the same way
 * @param countries the country IRIs covered
 */
record Coverage(Optional<Node> start, Optional<Node> end, List<Node> countries) {
    private static final Pattern FISCAL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    private static final String PERIODS = """
            SELECT DISTINCT ?period WHERE { GRAPH ?g {
              { ?observation sdmx-dimension:refPeriod ?period } UNION { ?report gg:fiscalYear ?period }
            } }""";

    private static final String AREAS = """
            SELECT DISTINCT ?area WHERE { GRAPH ?g { ?observation sdmx-dimension:refArea ?area FILTER isIRI(?area) } }
            ORDER BY ?area""";

    /** Reads the coverage of {@code graphName}, released as {@code release}; call inside a read transaction. */
    static Coverage of(Dataset dataset, Node graphName, Graph catalog, Node release) {
        Bound first = null;
        Bound last = null;
        for (RDFNode value : column(dataset, graphName, PERIODS, "period")) {
            if (!value.isLiteral()) {
                continue;
            }
            Optional<Bound[]> span = span(value.asNode());
            if (span.isPresent()) {
                Bound s = span.get()[0];
                Bound e = span.get()[1];
                first = first == null || s.day().isBefore(first.day()) ? s : first;
                last = last == null || e.day().isAfter(last.day()) ? e : last;
            }
        }
        List<Node> countries = new ArrayList<>();
        for (RDFNode area : column(dataset, graphName, AREAS, "area")) {
            countries.add(area.asNode());
        }
        if (countries.isEmpty()) {
            catalog.find(release, DCTerms.spatial.asNode(), Node.ANY)
                    .forEachRemaining(t -> countries.add(t.getObject()));
        }
        return new Coverage(
                Optional.ofNullable(first).map(Bound::literal),
                Optional.ofNullable(last).map(Bound::literal),
                List.copyOf(countries));
    }

    /** A start or end of coverage: the day it stands for (to compare) and the literal to write. */
    private record Bound(LocalDate day, Node literal) {}

    /** The first and last day a period value covers: a year, a date, or a fiscal year "2023-2024". */
    private static Optional<Bound[]> span(Node literal) {
        String lex = literal.getLiteralLexicalForm();
        try {
            if (XSDDatatype.XSDgYear.getURI().equals(literal.getLiteralDatatypeURI())) {
                Year y = Year.parse(lex);
                return Optional.of(new Bound[] {
                    new Bound(y.atDay(1), literal), new Bound(y.atMonth(12).atEndOfMonth(), literal)
                });
            }
            if (XSDDatatype.XSDdate.getURI().equals(literal.getLiteralDatatypeURI())) {
                LocalDate d = LocalDate.parse(lex);
                return Optional.of(new Bound[] {new Bound(d, literal), new Bound(d, literal)});
            }
            Matcher fy = FISCAL_YEAR.matcher(lex);
            if (fy.matches()) {
                // A fiscal year spans two calendar years; which months depends on the country, so say years.
                Year from = Year.parse(fy.group(1));
                Year to = Year.parse(fy.group(2));
                return Optional.of(new Bound[] {
                    new Bound(from.atDay(1), year(from)),
                    new Bound(to.atMonth(12).atEndOfMonth(), year(to))
                });
            }
        } catch (java.time.DateTimeException e) {
            // Not a period this class understands (the shapes make that rare): it does not move the bounds.
        }
        return Optional.empty();
    }

    private static Node year(Year y) {
        return NodeFactory.createLiteralDT(y.toString(), XSDDatatype.XSDgYear);
    }

    private static List<RDFNode> column(Dataset dataset, Node graphName, String query, String variable) {
        List<RDFNode> values = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset)
                .query(CsvTables.bind(query, graphName))
                .build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row -> values.add(row.get(variable)));
        }
        return values;
    }
}
