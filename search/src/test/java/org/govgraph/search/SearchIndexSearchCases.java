package org.govgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a user of the search box sees, on the fixture graph: one suite for every backend
 * ({@link LuceneSearchIndexSearchTest} in-process, {@code OpenSearchIndexIT} on a real node),
 * so that both answer alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchIndexSearchCases {
    private static Store store;
    private static SearchIndex index;

    /** The backend's index of {@code store}, not yet built. */
    protected abstract SearchIndex open(Store store);

    @BeforeAll
    void build() {
        store = Fixture.store();
        index = open(store);
        index.rebuild();
    }

    @AfterAll
    void close() {
        index.close();
        store.close();
        closeBackend();
    }

    /** Stops what {@link #open} started, after the index is closed. */
    protected void closeBackend() {}

    /** The index under test, built from {@link #store()}. */
    protected static SearchIndex index() {
        return index;
    }

    protected static Store store() {
        return store;
    }

    private static SearchResponse search(String q) {
        return index.search(SearchRequest.of(q));
    }

    private static SearchResponse search(String q, String lang) {
        return index.search(new SearchRequest(q, lang, 1, 100, Facet.names(), List.of()));
    }

    private static List<String> iris(SearchResponse r) {
        return r.results().stream().map(SearchHit::iri).toList();
    }

    private static Set<String> irisSet(SearchResponse r) {
        return r.results().stream().map(SearchHit::iri).collect(Collectors.toSet());
    }

    private static String svc(String key) {
        return Fixture.iri("service/" + key);
    }

    @Test
    void everyEntityIsIndexedOnce() {
        SearchResponse all = search("");
        assertEquals(Fixture.ENTITIES, all.total());
        Map<String, Long> kinds =
                all.facets().get("kind").stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
        assertEquals(Map.of("service", 10L, "organisation", 5L, "country", 3L, "dataset", 6L, "indicator", 2L), kinds);
    }

    @Test
    void aDataCubeIsFoundForTheYearsOfItsPartsObservations() {
        // 2020 is only in the part of the cube for the observations without an OSI.
        SearchResponse r = index.search(
                new SearchRequest("", "en", 1, 100, List.of("year"), List.of("kind:dataset", "year:2020")));
        assertEquals(List.of(Fixture.iri("cube/un-egdi")), iris(r));
    }

    @Test
    void wordsMustAllMatchAndTooFewWidenToMostOfThem() {
        SearchResponse r = search("passport children");
        // One service has both words: fewer than FEW, so services with one of them follow it, and the answer says so.
        assertEquals(svc("ca/1002"), iris(r).get(0));
        assertEquals(Matched.MOST, r.matched());
        assertTrue(irisSet(r).contains(svc("ca/1001")), irisSet(r).toString());
        SearchResponse all = search("passport");
        assertEquals(Matched.ALL, all.matched());
    }

    @Test
    void mostOfTheWordsKeepsTheExactMeaningOfOperatorsAndFilters() {
        assertEquals(Matched.ALL, search("passport -children").matched());
        assertEquals(Matched.ALL, search("\"passport children\"").matched());
        assertEquals(0, search("\"children passport\"").total());
        assertEquals(Matched.ALL, search("passport online:yes").matched());
    }

    @Test
    void orWidensTheSearch() {
        Set<String> found = irisSet(search("pension OR conduct"));
        assertEquals(Set.of(svc("ca/1004"), svc("ke/2003")), found);
    }

    @Test
    void minusExcludesAWord() {
        Set<String> withChildren = irisSet(search("passport"));
        assertTrue(withChildren.contains(svc("ca/1002")));
        Set<String> without = irisSet(search("passport -children"));
        assertFalse(without.contains(svc("ca/1002")));
        assertEquals(withChildren.size() - 1, without.size());
    }

    @Test
    void quotedPhraseNeedsTheWordsTogether() {
        // "passport photos" is in 1007's title; 1001 has both words nowhere together.
        assertEquals(Set.of(svc("ca/1007")), irisSet(search("\"passport photos\"")));
    }

    @Test
    void prefixMatchesTheStartOfWords() {
        Set<String> found = irisSet(search("registr*"));
        assertTrue(
                found.containsAll(Set.of(svc("ke/2001"), svc("ke/2002"), Fixture.iri("org/ke/brs"))), found.toString());
    }

    @Test
    void fieldFiltersNarrowTheResults() {
        assertEquals(Set.of(svc("ca/1003"), svc("ca/1004")), irisSet(search("org:esdc")));
        // By a word of the organisation's name as well as by its key.
        assertEquals(Set.of(svc("ca/1003"), svc("ca/1004")), irisSet(search("org:employment kind:service")));
        assertEquals(Set.of(svc("ca/1007")), irisSet(search("type:INFO")));
        assertEquals(Set.of(svc("ca/1001"), svc("ca/1003"), svc("ca/1006")), irisSet(search("online:yes")));
        assertEquals(Set.of(svc("ca/1001"), svc("ca/1006")), irisSet(search("passport online:yes country:can")));
        assertEquals(Set.of(svc("ca/1001")), irisSet(search("passport online:yes country:can -travel")));
        Set<String> malaysia = irisSet(search("country:MYS"));
        assertTrue(
                malaysia.containsAll(Set.of(
                        Fixture.iri("country/MYS"),
                        Fixture.iri("indicator/my/e2e_services"),
                        Fixture.iri("indicator/my/digital_payments"))),
                malaysia.toString());
    }

    @Test
    void requestFiltersAreExactFacetValues() {
        SearchResponse r =
                index.search(new SearchRequest("passport", "en", 1, 20, List.of("online"), List.of("online:yes")));
        assertEquals(Set.of(svc("ca/1001"), svc("ca/1006")), irisSet(r));
        assertEquals(
                List.of(new FacetCount("yes", "End-to-end online", 2)),
                r.facets().get("online"));
    }

    @Test
    void onlineFilterCountEqualsTheSparqlCount() {
        long sparql = store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("PREFIX gg: <https://w3id.org/govgraph/ns#> PREFIX cpsv: <http://purl.org/vocab/cpsv#> "
                            + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a cpsv:PublicService ; gg:endToEndOnline true }")
                    .build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(3, sparql);
        assertEquals(sparql, search("online:yes").total());
    }

    @Test
    void facetCountsAddUpToTheTotal() {
        SearchResponse r = search("passport OR registration OR Malaysia");
        for (Facet f : Facet.values()) {
            if (!f.multiValued() && f != Facet.ONLINE) {
                long sum = r.facets().get(f.id()).stream()
                        .mapToLong(FacetCount::count)
                        .sum();
                assertEquals(r.total(), sum, f.id());
            }
        }
        // online: only services have the flag; its yes and no add up to the services found.
        long services = r.facets().get("kind").stream()
                .filter(c -> c.value().equals("service"))
                .findFirst()
                .orElseThrow()
                .count();
        long kenyan = r.results().stream()
                .filter(h -> h.iri().contains("/service/ke/"))
                .count();
        assertEquals(
                services - kenyan,
                r.facets().get("online").stream().mapToLong(FacetCount::count).sum());
    }

    @Test
    void facetValuesHaveLabelsInTheRequestedLanguage() {
        SearchResponse en = index.search(
                new SearchRequest("", "en", 1, 1, List.of("org", "country", "channel", "source"), List.of()));
        assertTrue(
                en.facets()
                        .get("org")
                        .contains(new FacetCount("ircc", "Immigration, Refugees and Citizenship Canada", 5)),
                en.facets().get("org").toString());
        assertTrue(en.facets().get("country").stream()
                .anyMatch(c -> c.value().equals("MYS") && c.label().equals("Malaysia")));
        assertTrue(en.facets().get("source").stream()
                .anyMatch(c -> c.value().equals("ca-si") && c.label().equals("Canada service inventory")));
        SearchResponse fr = index.search(new SearchRequest("", "fr", 1, 1, List.of("org", "channel"), List.of()));
        assertTrue(fr.facets()
                .get("org")
                .contains(new FacetCount("ircc", "Immigration, Réfugiés et Citoyenneté Canada", 5)));
        assertTrue(fr.facets().get("channel").stream()
                        .anyMatch(c -> c.value().equals("ONL") && c.label().equals("En ligne"))
                || fr.facets().get("channel").stream().anyMatch(c -> c.value().equals("ONL")));
    }

    @Test
    void aWordOfAFacetValuesLabelFindsEntitiesNeverTheLabelDocuments() {
        // The index also holds one document per facet value with its labels; only entities are answers.
        SearchResponse r = search("refugees");
        assertFalse(r.results().isEmpty());
        assertEquals(r.results().size(), r.total());
        for (SearchHit h : r.results()) {
            assertNotNull(h.iri(), h.toString());
            assertNotNull(h.kind(), h.toString());
        }
    }

    @Test
    void markupFromTheDataComesBackEscaped() {
        SearchResponse r = search("citizenship test");
        SearchHit hit = r.results().get(0);
        assertEquals(svc("ca/1005"), hit.iri());
        String titleHtml = (String) hit.fields().get("titleHtml");
        assertFalse(titleHtml.contains("<script>"), titleHtml);
        assertTrue(titleHtml.contains("&lt;script&gt;"), titleHtml);
        assertTrue(titleHtml.startsWith("<mark>Citizenship"), titleHtml);
        assertFalse(hit.snippet().contains("<b>"), hit.snippet());
        assertTrue(hit.snippet().contains("&lt;b&gt;<mark>citizenship"), hit.snippet());
        assertTrue(hit.snippet().contains("&amp;"), hit.snippet());
        // The plain title is text, for JSON consumers to escape where they render it.
        assertEquals("Citizenship test <script>alert('x')</script>", hit.title());
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        Set<String> lower = irisSet(search("passeport", "fr"));
        assertTrue(lower.containsAll(Set.of(svc("ca/1001"), svc("ca/1002"))), lower.toString());
        assertEquals(lower, irisSet(search("Passeport", "fr")));
        assertEquals(lower, irisSet(search("passéport", "fr")));
        assertEquals(lower, irisSet(search("PASSÉPORT", "fr")));
    }

    @Test
    void titleIsInTheRequestedLanguageElseAny() {
        SearchHit fr = search("passeport enfants", "fr").results().get(0);
        assertEquals("Demande de passeport pour enfants", fr.title());
        assertEquals("fr", fr.fields().get("lang"));
        SearchHit en = search("passeport enfants", "en").results().get(0);
        assertEquals("Passport application for children", en.title());
        // Kenyan services have English titles only: a French reader gets those.
        SearchHit ke = search("conduct", "fr").results().get(0);
        assertEquals("Certificate of good conduct", ke.title());
    }

    @Test
    void stemmingFindsOtherFormsInTheLiteralsLanguage() {
        assertTrue(irisSet(search("renewing", "en")).contains(svc("ca/1001")));
        assertTrue(irisSet(search("prestation", "fr")).contains(svc("ca/1003")));
        // Malay (Indonesian analyzer): "perkhidmatan" shares its root with "khidmat".
        assertTrue(irisSet(search("pembayaran", "ms")).contains(Fixture.iri("indicator/my/digital_payments")));
    }

    @Test
    void titlesRankAboveDescriptions() {
        List<String> ranked = iris(search("passport"));
        // 1006 mentions passports only in its description.
        assertTrue(ranked.indexOf(svc("ca/1006")) > ranked.indexOf(svc("ca/1001")), ranked.toString());
        assertTrue(ranked.indexOf(svc("ca/1006")) > ranked.indexOf(svc("ca/1002")), ranked.toString());
        assertEquals(svc("ca/1006"), ranked.get(ranked.size() - 1));
    }

    @Test
    void exactPhraseRanksAboveScatteredWords() {
        List<String> ranked = iris(search("passport renewal"));
        assertEquals(List.of(svc("ca/1001"), svc("ca/1007")), ranked.subList(0, 2));
    }

    @Test
    void typosAreForgivenOnlyWhenTheExactWordsFindNothing() {
        SearchResponse typo = search("passprot");
        assertTrue(typo.approximate());
        assertEquals(Matched.APPROXIMATE, typo.matched());
        assertTrue(irisSet(typo).contains(svc("ca/1001")), irisSet(typo).toString());
        SearchResponse exact = search("passport");
        assertFalse(exact.approximate());
        // "pension" exists: no fuzzy "passion"-like widening.
        assertEquals(Set.of(svc("ca/1004")), irisSet(search("pension")));
    }

    @Test
    void malformedQueriesSayWhatToFix() {
        QuerySyntaxException quote = assertThrows(QuerySyntaxException.class, () -> search("\"passport renewal"));
        assertTrue(quote.getMessage().contains("quote"), quote.getMessage());
        QuerySyntaxException paren = assertThrows(QuerySyntaxException.class, () -> search("(passport OR visa"));
        assertTrue(paren.getMessage().contains("')'"), paren.getMessage());
        QuerySyntaxException field = assertThrows(QuerySyntaxException.class, () -> search("colour:red"));
        assertTrue(field.getMessage().contains("org:") && field.getMessage().contains("colour"), field.getMessage());
        QuerySyntaxException online = assertThrows(QuerySyntaxException.class, () -> search("online:maybe"));
        assertTrue(online.getMessage().contains("yes or no"), online.getMessage());
        QuerySyntaxException or = assertThrows(QuerySyntaxException.class, () -> search("passport OR"));
        assertTrue(or.getMessage().contains("between two words"), or.getMessage());
        QuerySyntaxException star = assertThrows(QuerySyntaxException.class, () -> search("*port"));
        assertTrue(star.getMessage().contains("pass*"), star.getMessage());
        assertTrue(SearchException.class.isAssignableFrom(QuerySyntaxException.class));
    }

    @Test
    void pagesAreLimitedTo100() {
        SearchException big = assertThrows(
                SearchException.class,
                () -> index.search(new SearchRequest("passport", "en", 1, 101, List.of(), List.of())));
        assertTrue(big.getMessage().contains("100"), big.getMessage());
        assertThrows(
                SearchException.class,
                () -> index.search(new SearchRequest("passport", "en", 0, 10, List.of(), List.of())));
        assertThrows(
                SearchException.class,
                () -> index.search(new SearchRequest("passport", "en", 1, 10, List.of("colour"), List.of())));
    }

    @Test
    void pagesFollowEachOther() {
        SearchResponse all = index.search(new SearchRequest("", "en", 1, 100, List.of(), List.of()));
        SearchResponse p1 = index.search(new SearchRequest("", "en", 1, 10, List.of(), List.of()));
        SearchResponse p3 = index.search(new SearchRequest("", "en", 3, 10, List.of(), List.of()));
        assertEquals(iris(all).subList(0, 10), iris(p1));
        assertEquals(iris(all).subList(20, Fixture.ENTITIES), iris(p3));
        assertEquals(Fixture.ENTITIES, p3.total());
        assertEquals(List.of(), iris(index.search(new SearchRequest("", "en", 4, 10, List.of(), List.of()))));
    }

    @Test
    void malaysiaFindsTheCountryAndItsIndicators() {
        List<String> ranked = iris(search("Malaysia"));
        assertEquals(Fixture.iri("country/MYS"), ranked.get(0));
        assertTrue(ranked.containsAll(
                List.of(Fixture.iri("indicator/my/e2e_services"), Fixture.iri("indicator/my/digital_payments"))));
        // The French name finds the country first, and what is about it.
        assertEquals(Fixture.iri("country/MYS"), iris(search("Malaisie", "fr")).get(0));
    }

    @Test
    void suggestCompletesTitles() {
        List<Suggestion> s = index.suggest("pass", "en", 10);
        Set<String> titles = s.stream().map(Suggestion::title).collect(Collectors.toSet());
        assertTrue(
                titles.containsAll(
                        Set.of("Passport renewal for adults in Canada", "Passport application for children")),
                titles.toString());
        assertTrue(s.stream().allMatch(x -> x.kind().equals("service")));
        List<Suggestion> fr = index.suggest("renouvellement passe", "fr", 10);
        assertEquals(
                Set.of("Renouvellement de passeport pour adultes au Canada", "Renouvellement des photos de passeport"),
                fr.stream().map(Suggestion::title).collect(Collectors.toSet()));
        assertEquals(1, index.suggest("mal", "en", 1).size());
        assertEquals("Malaysia", index.suggest("malays", "en", 5).get(0).title());
        assertEquals(List.of(), index.suggest("  ", "en", 5));
    }
}
