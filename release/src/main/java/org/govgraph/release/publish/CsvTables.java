package org.govgraph.release.publish;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.model.Iris;
import org.govgraph.model.Stage;
import org.govgraph.model.vocab.CV;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.Prefixes;
import org.govgraph.model.vocab.SdmxDimension;

/**
 * The tidy tables govgraph publishes, and which of them a source graph has: EGDI
 * observations (one row per country and survey year) where the graph holds observations
 * of the EGDI cube, public services (one row per service) where it holds services. The
 * choice is made from the data, so a new source with services gets its table too.
 */
final class CsvTables {
    static final String EGDI_OBSERVATIONS = "egdi-observations.csv";
    static final String SERVICES = "services.csv";

    private static final String HAS_EGDI = """
            ASK { GRAPH ?g { ?obs a qb:Observation ; qb:dataSet/dct:isPartOf? ?cube . ?cube qb:structure gg:egdiStructure } }""";

    private static final String HAS_SERVICES = """
            ASK { GRAPH ?g { ?service a cpsv:PublicService } }""";

    private static final String EGDI_QUERY = """
            SELECT ?iso3 ?country ?region ?survey_year ?egdi ?osi ?hci ?tii ?epi ?egdi_rank ?egdi_group WHERE {
              GRAPH ?g {
                ?obs a qb:Observation ; qb:dataSet/dct:isPartOf? ?cube ;
                     sdmx-dimension:refArea ?area ; sdmx-dimension:refPeriod ?period .
                ?cube qb:structure gg:egdiStructure .
                OPTIONAL { ?obs gg:egdi ?egdi }
                OPTIONAL { ?obs gg:osi ?osi }
                OPTIONAL { ?obs gg:hci ?hci }
                OPTIONAL { ?obs gg:tii ?tii }
                OPTIONAL { ?obs gg:epi ?epi }
                OPTIONAL { ?obs gg:egdiRank ?egdi_rank }
                OPTIONAL { ?obs gg:egdiGroup ?group }
                OPTIONAL { ?area skos:notation ?notation }
                OPTIONAL { ?area skos:prefLabel ?country FILTER (langMatches(lang(?country), "en")) }
                OPTIONAL { ?area gg:region ?region }
              }
              BIND (COALESCE(?notation, STRAFTER(STR(?area), "/id/country/")) AS ?iso3)
              BIND (STR(?period) AS ?survey_year)
              BIND (STRAFTER(STR(?group), "#") AS ?egdi_group)
            }
            ORDER BY ?iso3 ?survey_year""";

    private CsvTables() {}

    /** The tables the graph {@code graphName} has data for, in publishing order. Call inside a read transaction. */
    static List<CsvTable> forGraph(Dataset dataset, Node graphName, Iris iris) {
        List<CsvTable> tables = new ArrayList<>();
        if (ask(dataset, graphName, HAS_EGDI)) {
            tables.add(egdiObservations(iris));
        }
        if (ask(dataset, graphName, HAS_SERVICES)) {
            tables.add(services());
        }
        return tables;
    }

    /** The query of a table with the source graph bound, ready to run. */
    static String bind(String query, Node graphName) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + query);
        pss.setIri("g", graphName.getURI());
        return pss.toString();
    }

    static CsvTable egdiObservations(Iris iris) {
        String country = template(iris.country("ISO3-VALUE").getURI(), "ISO3-VALUE", "iso3");
        // The observation IRI as the EGDI adapter mints it (data set key "egdi"), as a template.
        String observation = template(
                template(iris.observation("egdi", "YEAR-VALUE", "ISO3-VALUE").getURI(), "YEAR-VALUE", "survey_year"),
                "ISO3-VALUE",
                "iso3");
        List<CsvColumn> columns = List.of(
                CsvColumn.literal(
                                "iso3",
                                "string",
                                SdmxDimension.refArea.getURI(),
                                "The country's ISO 3166-1 alpha-3 code; the observation's reference area is the country it names.")
                        .value(country),
                CsvColumn.literal(
                                "country", "string", SKOS.prefLabel.getURI(), "The country's common name, in English.")
                        .about(country)
                        .lang("en"),
                CsvColumn.literal(
                                "region",
                                "string",
                                GG.region.getURI(),
                                "The country's continental region as the survey groups countries.")
                        .about(country),
                CsvColumn.literal(
                        "survey_year",
                        "gYear",
                        SdmxDimension.refPeriod.getURI(),
                        "The edition of the UN E-Government Survey."),
                measure("egdi", GG.egdi.getURI(), "E-Government Development Index, the mean of OSI, HCI and TII."),
                measure("osi", GG.osi.getURI(), "Online Service Index."),
                measure("hci", GG.hci.getURI(), "Human Capital Index."),
                measure("tii", GG.tii.getURI(), "Telecommunication Infrastructure Index."),
                measure("epi", GG.epi.getURI(), "E-Participation Index."),
                CsvColumn.literal(
                        "egdi_rank",
                        "integer",
                        GG.egdiRank.getURI(),
                        "Rank by EGDI among the UN member states in that edition (1 is highest); empty when not ranked."),
                CsvColumn.literal(
                                "egdi_group",
                                "string",
                                GG.egdiGroup.getURI(),
                                "EGDI group: VeryHigh, High, Middle or Low (concepts of gg:EgdiGroupScheme); empty when the EGDI is absent.")
                        .value(GG.NS + "{egdi_group}"));
        return new CsvTable(
                EGDI_OBSERVATIONS,
                "UN E-Government Survey: EGDI and its components by country and year",
                "One row per country and survey edition, with the EGDI, its components, the E-Participation Index, "
                        + "the rank and the group. An empty cell is a figure the survey did not publish or compute, never 0.",
                observation,
                columns,
                List.of("iso3", "survey_year"),
                EGDI_QUERY);
    }

    static CsvTable services() {
        List<CsvColumn> columns = new ArrayList<>();
        columns.add(CsvColumn.literal("iri", "anyURI", null, "The service's IRI: each row describes this service.")
                .suppress());
        columns.add(CsvColumn.literal(
                "id", "string", DCTerms.identifier.getURI(), "The service's identifier in its source."));
        columns.add(CsvColumn.literal("title", "string", DCTerms.title.getURI(), "The service's title, in English.")
                .lang("en"));
        columns.add(CsvColumn.literal(
                        "organisation",
                        "anyURI",
                        CV.hasCompetentAuthority.getURI(),
                        "The IRI of the organisation responsible for the service (its competent authority).")
                .value("{+organisation}"));
        columns.add(CsvColumn.literal(
                        "organisation_name",
                        "string",
                        SKOS.prefLabel.getURI(),
                        "The responsible organisation's name, in English.")
                .about("{+organisation}")
                .lang("en"));
        StringBuilder select = new StringBuilder("SELECT ?iri ?id ?title ?organisation ?organisation_name");
        StringBuilder where = new StringBuilder();
        StringBuilder binds = new StringBuilder();
        for (Stage stage : Stage.values()) {
            String var = "stage_" + stage.key().replace('-', '_');
            columns.add(CsvColumn.literal(
                            var,
                            "string",
                            GG.status.getURI(),
                            "Whether the stage '" + stage.key() + "' can be done online: Online, Offline or "
                                    + "NotApplicable; empty when the source does not say.")
                    .about("{+iri}/stage/" + stage.key())
                    .value(GG.NS + "{" + var + "}"));
            select.append(" ?").append(var);
            where.append("    OPTIONAL { ?service gg:onlineStage ?")
                    .append(var)
                    .append("_node . ?")
                    .append(var)
                    .append("_node gg:stage <")
                    .append(stage.concept().getURI())
                    .append("> ; gg:status ?")
                    .append(var)
                    .append("_status }\n");
            binds.append("  BIND (STRAFTER(STR(?")
                    .append(var)
                    .append("_status), \"#\") AS ?")
                    .append(var)
                    .append(")\n");
        }
        columns.add(CsvColumn.literal(
                "end_to_end_online",
                "boolean",
                GG.endToEndOnline.getURI(),
                "True when at least one stage is online and none is offline; empty when the source does not say."));
        select.append(" ?end_to_end_online");
        String query = select + " WHERE {\n  GRAPH ?g {\n"
                + "    ?service a cpsv:PublicService .\n"
                + "    OPTIONAL { ?service dct:identifier ?id }\n"
                + "    OPTIONAL { ?service dct:title ?title FILTER (langMatches(lang(?title), \"en\")) }\n"
                + "    OPTIONAL { ?service cv:hasCompetentAuthority ?authority .\n"
                + "               OPTIONAL { ?authority skos:prefLabel ?organisation_name"
                + " FILTER (langMatches(lang(?organisation_name), \"en\")) } }\n"
                + where
                + "    OPTIONAL { ?service gg:endToEndOnline ?end_to_end_online }\n"
                + "  }\n"
                + "  BIND (STR(?service) AS ?iri)\n"
                + "  BIND (STR(?authority) AS ?organisation)\n"
                + binds
                + "}\nORDER BY ?iri";
        return new CsvTable(
                SERVICES,
                "Public services with their organisation and online stages",
                "One row per public service: its identifier, English title, responsible organisation, the online "
                        + "status of each of its six stages and whether it is end-to-end online.",
                "{+iri}",
                columns,
                List.of("iri"),
                query);
    }

    private static CsvColumn measure(String name, String property, String description) {
        return CsvColumn.literal(name, "decimal", property, description + " From 0 to 1; empty when not published.");
    }

    /** A URI template from an IRI minted with a placeholder key: the one place IRIs are made stays {@link Iris}. */
    private static String template(String minted, String placeholder, String variable) {
        return minted.replace(placeholder, "{" + variable + "}");
    }

    private static boolean ask(Dataset dataset, Node graphName, String query) {
        try (QueryExecution qe =
                QueryExecution.dataset(dataset).query(bind(query, graphName)).build()) {
            return qe.execAsk();
        }
    }
}
