package org.govgraph.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.model.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The br-servicos mapping on a few charters (two real, one made to show the quirks) and on
 * broken ones: what lands, and where each reject points, by file and element.
 */
class BrazilCharterMappingTest {
    static final String PREFIXES = """
            PREFIX cpsv: <http://purl.org/vocab/cpsv#>
            PREFIX cv: <http://data.europa.eu/m8g/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX gg: <https://w3id.org/govgraph/ns#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX ch: <https://w3id.org/govgraph/code/channel/>
            """;
    private static final String BR = "http://localhost:8080/id/";

    @TempDir
    Path temp;

    @Test
    void aFolderOfChartersBecomesServicesStepsAndTheFederalOrganisations() throws Exception {
        IngestContext context = read(folder("good"));
        assertEquals(List.of(), context.rejections());
        assertEquals(3, context.acceptedRows().size());
        Graph g = context.assemble();

        assertEquals(
                Set.of(
                        "acessar-cursos-pelo-progredir",
                        "alistar-se-no-servico-militar-obrigatorio",
                        "solicitar-beneficio-de-exemplo"),
                strings(g, "SELECT ?k { ?s a cpsv:PublicService ; dct:identifier ?k }"));
        // The bare number 1945 and the IRI ending in 1945 are one organisation, the federal IRI its owl:sameAs.
        assertEquals(
                Set.of(
                        BR + "org/br/1945 http://estruturaorganizacional.dados.gov.br/id/unidade-organizacional/1945",
                        BR
                                + "org/br/41066 http://estruturaorganizacional.dados.gov.br/id/unidade-organizacional/41066"),
                strings(
                        g,
                        "SELECT (CONCAT(STR(?o), ' ', STR(?x)) AS ?v) { ?o a cv:PublicOrganisation ; owl:sameAs ?x }"));
        assertEquals(
                Set.of("Ministério do Desenvolvimento Social  (MDS)"),
                strings(g, "SELECT ?n { <" + BR + "org/br/1945> skos:prefLabel ?n }"),
                "the first file's spelling");
        assertEquals(
                Set.of("Ministério do Desenvolvimento Social e Agrário (MDSA)"),
                strings(g, "SELECT ?n { <" + BR + "org/br/1945> skos:altLabel ?n }"));

        String example = "<" + BR + "service/br/solicitar-beneficio-de-exemplo>";
        assertEquals(
                Set.of("Benefício exemplar@pt", "Auxílio de teste@pt"),
                strings(g, "SELECT (CONCAT(?a, '@', LANG(?a)) AS ?v) { " + example + " dct:alternative ?a }"));
        assertEquals(Set.of("exemplo"), strings(g, "SELECT ?k { " + example + " dcat:keyword ?k }"));
        assertEquals(Set.of("true"), strings(g, "SELECT (STR(?f) AS ?v) { " + example + " gg:serviceFee ?f }"));
        assertEquals(
                Set.of(
                        BR + "concept/br/segmento/cidadaos Cidadãos",
                        BR + "concept/br/segmento/orgaos-e-entidades-publicas Órgãos e Entidades Públicas"),
                strings(
                        g,
                        "SELECT (CONCAT(STR(?c), ' ', ?l) AS ?v) { " + example
                                + " dct:audience ?c . ?c skos:prefLabel ?l ;" + " skos:inScheme <" + BR
                                + "scheme/br/segmento> }"));
        // One step, offered by post by default and on the web in one case: online, channels kept as published.
        assertEquals(
                Set.of("1 Enviar pedido online POST|ONL postal|web-agendar"),
                strings(g, """
                SELECT (CONCAT(STR(?n), ' ', ?t, ' ', IF(?st = gg:Online, 'online', 'offline'), ' ', ?chs, ' ', ?pubs) AS ?v) {
                  { SELECT ?step (GROUP_CONCAT(DISTINCT ?ch; separator='|') AS ?chs) (GROUP_CONCAT(DISTINCT ?p; separator='|') AS ?pubs) {
                      %s gg:step ?step . ?step cv:hasChannel ?c ; gg:publishedChannel ?p .
                      BIND(STRAFTER(STR(?c), 'channel/') AS ?ch) } GROUP BY ?step }
                  ?step gg:position ?n ; dct:title ?t ; gg:status ?st }""".formatted(example)).stream()
                        .map(s -> s.replace("ONL|POST", "POST|ONL").replace("web-agendar|postal", "postal|web-agendar"))
                        .collect(Collectors.toSet()));
        // Not declared digital (no servico-digital), so not end to end online though every step is online.
        assertEquals(
                Set.of(
                        "acessar-cursos-pelo-progredir true",
                        "alistar-se-no-servico-militar-obrigatorio false",
                        "solicitar-beneficio-de-exemplo false"),
                strings(g, "SELECT (CONCAT(?k, ' ', STR(?e)) AS ?v) { ?s dct:identifier ?k ; gg:endToEndOnline ?e }"));
        assertEquals(Set.of(), strings(g, "SELECT ?k { ?s dct:identifier ?k ; gg:declaredDigital false }"));
        assertEquals(
                Set.of("ONL", "PERSON", "POST"),
                strings(
                        g,
                        "SELECT (STRAFTER(STR(?c), 'channel/') AS ?v) { ?s a cpsv:PublicService ; cv:hasChannel ?c }"));
    }

    @Test
    void eachBrokenCharterIsRejectedAtItsFileAndElement() throws Exception {
        Path bad = folder("bad");
        IngestContext context = read(bad);
        Set<String> rejects = context.rejections().stream()
                .map(r -> r.toString().replace(bad + "/", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                new TreeSet<>(
                        Set.of(
                                "agency-not-a-unit.xml:/servico/orgao/@id: orgao/@id 'http://example.org/unit/9' is not an organisation key as the"
                                        + " mapping writes them ((?:http://estruturaorganizacional\\.dados\\.gov\\.br/id/unidade-organizacional/)?(\\d+))",
                                "free-maybe.xml:/servico/gratuito: gratuito must be false (yes) or true (no), not 'talvez'",
                                "malformed.xml:5:3: is not well-formed XML: The element type \"nome\" must be terminated by the matching"
                                        + " end-tag \"</nome>\".",
                                "no-agency-name.xml:/servico/orgao/nomeOrgao: orgao/nomeOrgao is required: <nomeOrgao> is missing or empty",
                                "not-a-charter.xml:1:0: holds no record: no element at /servico in the namespace http://servicos.gov.br/v3/schema"
                                        + " (its root element is <servicos>)",
                                "unknown-channel.xml:/servico/etapas/etapa[1]/canais-de-prestacao/default/canal-de-prestacao/@tipo:"
                                        + " canais-de-prestacao/*/canal-de-prestacao/@tipo has 'pombo-correio', which is not one of the codes"
                                        + " the mapping gives: [aplicativo-movel, e-mail, fax, postal, presencial, telefone, web, web-acompanhar,"
                                        + " web-agendar, web-calcular-taxas, web-consultar, web-declarar, web-emitir, web-inscrever-se, web-preencher]")),
                rejects);
        assertEquals(6, context.rowsRead());
    }

    @Test
    void aFolderWithoutChartersIsNotTheSource() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "no XML here");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read(temp));
        assertTrue(e.getMessage().contains("holds no file named like *.xml"), e.getMessage());
    }

    @Test
    void aPathThatFindsNothingIsNoted() throws Exception {
        Path mapping = mapping("""
                    xml: {record: /servico, namespace: "http://servicos.gov.br/v3/schema"}
                    service:
                      key: "id|{file}"
                      title: {pt: nome}
                      alternative: {pt: nomes-populare/item}
                """);
        IngestContext context = new IngestContext(Iris.defaults());
        MappedSource.fromFile("br-test", mapping).read(List.of(folder("good")), context);
        assertEquals(1, context.notes().size());
        assertTrue(
                context.notes()
                        .get(0)
                        .startsWith("No record of the 3 XML file(s) has a value at nomes-populare/item;"
                                + " the element paths the records have are: "),
                context.notes().get(0));
        assertTrue(
                context.notes().get(0).contains("nomes-populares/item"),
                context.notes().get(0));
    }

    @Test
    void aBadElementPathIsRefusedBeforeAnyFileIsRead() throws Exception {
        Path mapping = mapping("""
                    xml: {record: /servico}
                    service:
                      key: /servico/id
                      title: {pt: nome}
                """);
        SourceFormatException e =
                assertThrows(SourceFormatException.class, () -> MappedSource.fromFile("br-test", mapping));
        assertEquals(
                mapping + ":8:7: tables[0].service: the element path '/servico/id' must be relative to the record"
                        + " (no leading /)",
                e.getMessage());
    }

    /** A mapping of one XML table of charters, {@code table} being the rest of the table's keys. */
    private Path mapping(String table) throws java.io.IOException {
        Path mapping = temp.resolve("m.yaml");
        Files.writeString(mapping, """
                source: {title: T, publisher: P, licence: "https://opensource.org/licenses/MIT", url: "https://example.org/"}
                iri-scheme: br
                tables:
                  - name: servico
                    file: "*.xml"
                """ + table);
        return mapping;
    }

    private static IngestContext read(Path folder) {
        IngestContext context = new IngestContext(Iris.defaults());
        MappedSource.bundled("br-servicos").read(List.of(folder), context);
        return context;
    }

    private static Path folder(String name) throws URISyntaxException {
        return Path.of(BrazilCharterMappingTest.class
                .getResource("/mapping/brazil/" + name)
                .toURI());
    }

    private static Set<String> strings(Graph g, String select) {
        try (QueryExecution q = QueryExecution.model(ModelFactory.createModelForGraph(g))
                .query(PREFIXES + select)
                .build()) {
            Set<String> out = new TreeSet<>();
            q.execSelect()
                    .forEachRemaining(row ->
                            out.add(row.get(row.varNames().next()).asLiteral().getLexicalForm()));
            return out;
        }
    }
}
