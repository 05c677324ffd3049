package org.govgraph.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.govgraph.ingest.BundledSources;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Rejection;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The real gov.br service charters (1,856 XML files), ingested into a TDB2 store through
 * {@code mappings/br-servicos.yaml}, against figures computed here from the same files with
 * the JDK's DOM parser and the rules written out again: which files are rejected and why,
 * how many services, organisations (the federal IRIs, bare numbers and IRIs being one unit),
 * declared-digital and end-to-end-online services there are, and that the shapes accept the rest.
 */
class BrazilServicosIT {
    private static final String NS = "http://servicos.gov.br/v3/schema";
    private static final String UNIT = "http://estruturaorganizacional.dados.gov.br/id/unidade-organizacional/";
    private static final String PREFIXES = BrazilCharterMappingTest.PREFIXES;

    @TempDir
    static Path temp;

    private static Store store;
    private static Path folder;
    private static IngestReport report;
    private static Expected expected;

    /** What the files say, by the rules of the mapping, read independently of it. */
    record Expected(
            int files,
            Map<String, String> rejected,
            int services,
            Set<String> organisations,
            int declaredDigital,
            int endToEndOnline,
            int steps,
            int popularNames) {}

    @BeforeAll
    static void ingestTheCharters() throws Exception {
        folder = BundledSources.extract("br-servicos", temp).get(0);
        expected = expected(folder);
        store = Store.open(temp.resolve("store"), Iris.defaults());
        report = new IngestRunner(store)
                .run(MappedSource.bundled("br-servicos"), List.of(folder), new IngestOptions(true, s -> {}));
        System.out.printf(
                "br-servicos: %d files read, %d loaded, %d rejected, %d triples in %d ms%n",
                report.rowsRead(),
                report.rowsLoaded(),
                report.rowsRejected(),
                report.triples(),
                report.elapsed().toMillis());
        report.rejections().forEach(r -> System.out.println("br-servicos: rejected " + r));
        report.notes().forEach(n -> System.out.println("br-servicos: note " + n));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void readsEveryFileAndRejectsOnlyThoseWithAnUnnamedAgency() {
        assertEquals(1856, expected.files());
        assertEquals(expected.files(), report.rowsRead());
        assertEquals(expected.services(), report.rowsLoaded());
        Map<String, String> rejected = new TreeMap<>();
        for (Rejection r : report.rejections()) {
            rejected.put(r.file().getFileName().toString(), r.element() + ": " + r.reason());
        }
        assertEquals(expected.rejected(), rejected);
        assertEquals(6, rejected.size());
        assertTrue(report.written());
    }

    @Test
    void holdsEveryAcceptedServiceWithItsNamesInPortuguese() {
        assertEquals(1850, expected.services());
        assertEquals(expected.services(), count("?s a cpsv:PublicService"));
        assertEquals(expected.services(), count("?s a cpsv:PublicService ; dct:title ?t FILTER(LANG(?t) = 'pt')"));
        assertEquals(
                expected.popularNames(), count("?s a cpsv:PublicService ; dct:alternative ?a FILTER(LANG(?a) = 'pt')"));
        assertEquals(expected.steps(), count("?s gg:step ?st . ?st a gg:ServiceStep"));
    }

    @Test
    void linksEachAgencyToItsFederalIri() {
        assertEquals(81, expected.organisations().size());
        assertEquals(expected.organisations().size(), count("?o a cv:PublicOrganisation"));
        Set<String> sameAs =
                new TreeSet<>(strings("SELECT (STR(?x) AS ?i) WHERE { ?o a cv:PublicOrganisation ; owl:sameAs ?x }"));
        Set<String> iris = new TreeSet<>();
        expected.organisations().forEach(n -> iris.add(UNIT + n));
        assertEquals(iris, sameAs);
        assertEquals(
                0,
                count("?o a cv:PublicOrganisation ; skos:prefLabel ?a, ?b FILTER(?a != ?b && LANG(?a) = LANG(?b))"),
                "one preferred name per language, the other spellings alternative");
    }

    @Test
    void countsDigitalServicesByTheRuleOfTheOntology() {
        assertEquals(194, expected.declaredDigital());
        assertEquals(140, expected.endToEndOnline());
        assertEquals(expected.declaredDigital(), count("?s a cpsv:PublicService ; gg:declaredDigital true"));
        assertEquals(expected.endToEndOnline(), count("?s a cpsv:PublicService ; gg:endToEndOnline true"));
        assertEquals(expected.services(), count("?s a cpsv:PublicService ; gg:endToEndOnline ?b"));
    }

    @Test
    void keepsEachStepsOriginalChannelBesideTheSharedConcept() {
        assertEquals(
                0,
                count("?st gg:publishedChannel 'web-agendar' FILTER NOT EXISTS { ?st cv:hasChannel "
                        + "<https://w3id.org/govgraph/code/channel/ONL> }"));
        assertTrue(count("?st gg:publishedChannel 'web-agendar'") > 0);
        assertTrue(count(
                        "?st gg:publishedChannel 'presencial' ; cv:hasChannel <https://w3id.org/govgraph/code/channel/PERSON>")
                > 0);
    }

    /** The figures, from the files, with the DOM parser and the rules written out here. */
    private static Expected expected(Path folder) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        DocumentBuilder builder = f.newDocumentBuilder();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        Map<String, String> rejected = new TreeMap<>();
        Set<String> organisations = new HashSet<>();
        int services = 0;
        int declared = 0;
        int online = 0;
        int steps = 0;
        int popular = 0;
        for (Path file : files) {
            Document d = builder.parse(file.toFile());
            Element root = d.getDocumentElement();
            Element orgao = child(root, "orgao");
            String name = orgao == null ? "" : text(child(orgao, "nomeOrgao"));
            if (name.isEmpty()) {
                rejected.put(
                        file.getFileName().toString(),
                        "/servico/orgao/nomeOrgao: orgao/nomeOrgao is required:" + " <nomeOrgao> is missing or empty");
                continue;
            }
            services++;
            organisations.add(orgao.getAttribute("id").strip().replace(UNIT, ""));
            boolean digital = "true".equals(text(child(root, "servico-digital")));
            declared += digital ? 1 : 0;
            Element etapas = child(root, "etapas");
            List<Element> etapa = etapas == null ? List.of() : children(etapas, "etapa");
            steps += etapa.size();
            boolean everyStepOnline = !etapa.isEmpty();
            for (Element e : etapa) {
                boolean stepOnline = false;
                NodeList channels = e.getElementsByTagNameNS(NS, "canal-de-prestacao");
                for (int i = 0; i < channels.getLength(); i++) {
                    String tipo = ((Element) channels.item(i)).getAttribute("tipo");
                    stepOnline |= tipo.equals("web") || tipo.startsWith("web-") || tipo.equals("aplicativo-movel");
                }
                everyStepOnline &= stepOnline;
            }
            online += digital && everyStepOnline ? 1 : 0;
            Element nomes = child(root, "nomes-populares");
            if (nomes != null) {
                // One name given twice in a file is one name of the service.
                popular += (int) children(nomes, "item").stream()
                        .map(BrazilServicosIT::text)
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .count();
            }
        }
        return new Expected(files.size(), rejected, services, organisations, declared, online, steps, popular);
    }

    private static Element child(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }

    private static long count(String pattern) {
        return StoreSelect.count(store, PREFIXES, pattern);
    }

    private static List<String> strings(String select) {
        return StoreSelect.strings(store, PREFIXES, select);
    }
}
