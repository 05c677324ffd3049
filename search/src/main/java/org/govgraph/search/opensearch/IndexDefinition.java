package org.govgraph.search.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.govgraph.search.Facet;
import org.govgraph.search.analysis.Analyzers.LanguageGroup;
import org.govgraph.search.analysis.Fields;
import org.govgraph.search.analysis.WordLists;

/**
 * The settings and mappings of one release's index in OpenSearch: the analysis chains of
 * {@link org.govgraph.search.analysis.Analyzers} written with OpenSearch's built-in tokenizers and
 * filters (standard tokens, English possessives, French elisions, lower case, the shared stop words,
 * the English stem overrides, Porter, light French, Indonesian for Malay, light Portuguese, ASCII
 * folding, edge n-grams), the synonym lists as {@code synonym_graph} search analysers, and one
 * mapping per field of {@link Fields}.
 *
 * <p>Searches from govgraph send terms already analysed by the Lucene query analysers (see
 * {@link QueryDsl}), through the {@value #VERBATIM} analyser, so both backends search exactly the
 * same terms; the search analysers are there so that the index also answers {@code match}
 * queries of other clients as govgraph would.
 */
public final class IndexDefinition {
    /** The analyser of pre-analysed terms: whitespace-separated, {@code a|b} at one position, {@value #GAP} a hole. */
    public static final String VERBATIM = "gg_verbatim";
    /** Stands for a position left empty (a stop word) in a phrase sent through {@link #VERBATIM}. */
    public static final String GAP = "_";
    /** The field that keeps the order in which documents were indexed, the tie-break of equal scores. */
    public static final String SEQ = "seq";
    /** The {@code _meta} key of the store release an index was built from. */
    public static final String RELEASE_META = "govgraph_release";
    /**
     * The {@code _meta} key of the alias an index was built for: what tells a build that died before its alias moved
     * from another deployment's index whose name merely starts the same way.
     */
    public static final String ALIAS_META = "govgraph_alias";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int shards;
    private final int replicas;

    public IndexDefinition(int shards, int replicas) {
        this.shards = shards;
        this.replicas = replicas;
    }

    /** The index settings: shards, replicas, the BM25 similarity and the analysis. */
    public ObjectNode settings() {
        ObjectNode s = JSON.createObjectNode();
        s.put("number_of_shards", shards);
        s.put("number_of_replicas", replicas);
        // Up to MAX_WINDOW hits can be paged, as in-process.
        s.put("max_result_window", org.govgraph.search.SearchIndex.MAX_WINDOW);
        ObjectNode analysis = s.putObject("analysis");
        filters(analysis.putObject("filter"));
        analysers(analysis.putObject("analyzer"));
        return s;
    }

    private static void filters(ObjectNode f) {
        f.putObject("gg_possessive").put("type", "stemmer").put("language", "possessive_english");
        ObjectNode elision = f.putObject("gg_elision").put("type", "elision").put("articles_case", true);
        strings(elision.putArray("articles"), FrenchAnalyzer.DEFAULT_ARTICLES);
        strings(f.putObject("gg_stop").put("type", "stop").putArray("stopwords"), WordLists.stopWordList(false));
        strings(f.putObject("gg_stop_folded").put("type", "stop").putArray("stopwords"), WordLists.stopWordList(true));
        strings(
                f.putObject("gg_stems_en").put("type", "stemmer_override").putArray("rules"),
                WordLists.englishStemRules());
        f.putObject("gg_french").put("type", "stemmer").put("language", "light_french");
        f.putObject("gg_malay").put("type", "stemmer").put("language", "indonesian");
        f.putObject("gg_portuguese").put("type", "stemmer").put("language", "light_portuguese");
        f.putObject("gg_edge")
                .put("type", "edge_ngram")
                .put("min_gram", 1)
                .put("max_gram", 20)
                .put("preserve_original", true);
        // Solr format, expand, ignore case: as WordLists reads them for the Lucene query analysers.
        ObjectNode synonyms = f.putObject("gg_synonyms")
                .put("type", "synonym_graph")
                .put("expand", true)
                .put("lenient", false);
        strings(synonyms.putArray("synonyms"), WordLists.synonymRules());
        f.putObject("gg_alternatives")
                .put("type", "pattern_capture")
                .put("preserve_original", false)
                .putArray("patterns")
                .add("([^|]+)");
        strings(f.putObject("gg_gaps").put("type", "stop").putArray("stopwords"), List.of(GAP));
    }

    private static void analysers(ObjectNode a) {
        for (LanguageGroup g : LanguageGroup.values()) {
            analyser(a, language(g), language(g, false));
            analyser(a, language(g) + "_search", language(g, true));
        }
        analyser(a, "gg_neutral", List.of("lowercase", "asciifolding", "gg_stop_folded"));
        analyser(a, "gg_neutral_search", List.of("lowercase", "asciifolding", "gg_synonyms", "gg_stop_folded"));
        analyser(a, "gg_folded", List.of("lowercase", "asciifolding"));
        analyser(a, "gg_suggest", List.of("lowercase", "asciifolding", "gg_edge"));
        ObjectNode verbatim = a.putObject(VERBATIM).put("type", "custom").put("tokenizer", "whitespace");
        verbatim.putArray("filter").add("gg_alternatives").add("gg_gaps");
    }

    private static void analyser(ObjectNode a, String name, List<String> filters) {
        ObjectNode n = a.putObject(name).put("type", "custom").put("tokenizer", "standard");
        strings(n.putArray("filter"), filters);
    }

    /** The filters of a language group, in the order of {@code Analyzers.LanguageAnalyzer}. */
    private static List<String> language(LanguageGroup g, boolean search) {
        List<String> f = new java.util.ArrayList<>();
        switch (g) {
            case EN -> f.add("gg_possessive");
            case FR -> f.add("gg_elision");
            default -> {}
        }
        f.add("lowercase");
        if (search) {
            f.add("gg_synonyms");
        }
        f.add("gg_stop");
        switch (g) {
            case EN -> f.addAll(List.of("gg_stems_en", "porter_stem"));
            case FR -> f.add("gg_french");
            case MS -> f.add("gg_malay");
            case PT -> f.addAll(List.of("gg_portuguese", "asciifolding"));
            case STD -> {}
        }
        return f;
    }

    private static String language(LanguageGroup g) {
        return "gg_" + g.suffix();
    }

    /** The mappings: every field of the index, strict, with the release and the alias in {@code _meta}. */
    public ObjectNode mappings(String release, String alias) {
        ObjectNode m = JSON.createObjectNode();
        m.put("dynamic", "strict");
        m.putObject("_meta").put(RELEASE_META, release).put(ALIAS_META, alias);
        ObjectNode p = m.putObject("properties");
        for (String keyword : List.of(Fields.IRI, Fields.DOCTYPE, Fields.KIND, Fields.LABEL_DIM, Fields.LABEL_VALUE)) {
            p.putObject(keyword).put("type", "keyword");
        }
        p.putObject(SEQ).put("type", "integer");
        for (LanguageGroup g : LanguageGroup.values()) {
            text(p, Fields.title(g), language(g), language(g) + "_search");
            text(p, Fields.description(g), language(g), language(g) + "_search");
        }
        for (String neutral : List.of(Fields.TITLE_ANY, Fields.DESCRIPTION_ANY, Fields.CONTEXT)) {
            text(p, neutral, "gg_neutral", "gg_neutral_search");
        }
        text(p, Fields.SUGGEST, "gg_suggest", "gg_neutral");
        ObjectNode values = p.putObject("v").put("type", "object").putObject("properties");
        for (Facet f : Facet.values()) {
            // Filter terms are folded by govgraph before indexing (Analyzers.foldKeyword), as in-process.
            p.putObject(f.filterField()).put("type", "keyword");
            text(p, Fields.facetLabel(f), "gg_neutral", "gg_neutral_search");
            values.putObject(f.id()).put("type", "keyword");
        }
        // Titles, descriptions and labels by exact language tag: kept in the source for the hits, not searched.
        for (String stored : List.of("t", "d", "l")) {
            p.putObject(stored).put("type", "object").put("enabled", false);
        }
        return m;
    }

    private static void text(ObjectNode p, String field, String analyser, String searchAnalyser) {
        // Gap 0 between the values of a field: Lucene's default, so phrases span values as in-process.
        p.putObject(field)
                .put("type", "text")
                .put("analyzer", analyser)
                .put("search_analyzer", searchAnalyser)
                .put("position_increment_gap", 0);
    }

    private static void strings(ArrayNode array, Iterable<?> values) {
        for (Object v : values) {
            array.add(v instanceof char[] c ? new String(c) : v.toString());
        }
    }
}
