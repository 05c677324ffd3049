package org.govgraph.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.govgraph.search.Facet;
import org.govgraph.search.QuerySyntaxException;
import org.govgraph.search.analysis.Analyzers;
import org.govgraph.search.analysis.Fields;

/**
 * Turns what a user types into a Lucene query, with Lucene's classic query parser: words
 * (all required), "quoted phrases", {@code -excluded}, {@code OR}, {@code prefix*}, and
 * {@code name:value} filters on the facets ({@link Facet}). Words are looked for in every
 * title and description field, titles weighted above descriptions; when the query is plain
 * words, the same words as a phrase add to the score, so an exact phrase ranks above
 * scattered words. Not thread-safe parsers are made per call, so one translator serves all threads.
 */
public final class QueryTranslator {
    /** Field weights: titles above descriptions, names of related things lowest. */
    private static final Map<String, Float> WEIGHTS = weights();

    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final List<String> NEUTRAL = List.of(Fields.TITLE_ANY, Fields.DESCRIPTION_ANY, Fields.CONTEXT);
    private static final Pattern HYPHENATED = Pattern.compile("[\\p{L}\\p{N}]-[\\p{L}\\p{N}]");
    private static final List<String> OPERATORS = List.of("AND", "OR", "NOT");

    private final Analyzer analyzer;

    /** @param analyzer the query-side analyzer of {@link Analyzers#forQuerying()} */
    public QueryTranslator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    private static Map<String, Float> weights() {
        Map<String, Float> w = new HashMap<>();
        Fields.titleFields().forEach(f -> w.put(f, 4f));
        w.put(Fields.TITLE_ANY, 3f);
        Fields.descriptionFields().forEach(f -> w.put(f, 1f));
        w.put(Fields.DESCRIPTION_ANY, 0.8f);
        w.put(Fields.CONTEXT, 0.5f);
        return Map.copyOf(w);
    }

    /** The query for {@code q}; a blank query matches everything. */
    public Query parse(String q) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        SearchLimits.check(text);
        return withPhraseBoost(text, withPositiveClause(isPlainWords(text) ? allWords(text) : parseWords(text)));
    }

    /**
     * Every word of a question of plain words. Words that make the several-word side of a synonym
     * rule ({@link Analyzers#synonymPhrases}) are also read together, as a phrase, so that the rule
     * applies: the parser reads a question word by word, and {@code certificate of good conduct}
     * then finds what its rule calls a police clearance certificate, besides what it found before.
     */
    private Query allWords(String text) {
        List<int[]> spans = Analyzers.synonymPhrases(text);
        if (spans.isEmpty()) {
            return parseWords(text);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int from = 0;
        for (int[] span : spans) {
            addWords(all, text.substring(from, span[0]));
            String words = text.substring(span[0], span[1]);
            all.add(
                    new BooleanQuery.Builder()
                            .add(parseWords(words), BooleanClause.Occur.SHOULD)
                            .add(parseWords('"' + words + '"'), BooleanClause.Occur.SHOULD)
                            .build(),
                    BooleanClause.Occur.MUST);
            from = span[1];
        }
        addWords(all, text.substring(from));
        return all.build();
    }

    /** Adds each of {@code words} as a required word, leaving out those every field ignores (stop words). */
    private void addWords(BooleanQuery.Builder all, String words) {
        for (String w : words.strip().split("\\s+")) {
            Query word = w.isEmpty() ? null : parseWords(w);
            if (word != null && !isEmpty(word)) {
                all.add(word, BooleanClause.Occur.MUST);
            }
        }
    }

    private static boolean isEmpty(Query q) {
        return q instanceof BooleanQuery b && b.clauses().isEmpty();
    }

    /**
     * The "most of the words" form of a question of plain words (no quotes, operators, exclusions
     * or filters, whose exact meaning stays): each word may match, at least half of them must
     * (Lucene's minimum-should-match, as Elasticsearch's {@code multi_match} does); documents
     * that match more words score higher, and those that match every word higher still. Empty when the question is not plain words or has fewer than two.
     */
    public Optional<Query> mostWords(String q) {
        String text = q == null ? "" : q.strip();
        if (!isPlainWords(text)) {
            return Optional.empty();
        }
        SearchLimits.check(text);
        // Each word parsed alone: a word every field ignores (a stop word) is not counted.
        List<Query> words = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            Query word = parseWords(w);
            if (!isEmpty(word)) {
                words.add(word);
            }
        }
        if (words.size() < 2) {
            return Optional.empty();
        }
        BooleanQuery.Builder most = new BooleanQuery.Builder().setMinimumNumberShouldMatch((words.size() + 1) / 2);
        words.forEach(w -> most.add(w, BooleanClause.Occur.SHOULD));
        // Documents that match every word also score the all-words match, so that they stay first.
        return Optional.of(withPhraseBoost(
                text,
                new BooleanQuery.Builder()
                        .add(most.build(), BooleanClause.Occur.MUST)
                        .add(allWords(text), BooleanClause.Occur.SHOULD)
                        .build()));
    }

    private Query parseWords(String text) {
        try {
            // '/' starts a regular expression in Lucene's syntax, which is not part of ours: keep it a character.
            return new Parser(analyzer).parse(text.replace("/", "\\/"));
        } catch (ParseException e) {
            throw new QuerySyntaxException(QueryErrors.explain(text, e), e);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("The query cannot be searched: " + e.getMessage(), e);
        }
    }

    private Query withPhraseBoost(String text, Query parsed) {
        Optional<Query> phrase = phraseBoost(text);
        if (phrase.isEmpty()) {
            return parsed;
        }
        return new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(phrase.get(), BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * An exact filter from a request's {@code filter=name:value} (a clicked facet value):
     * matches the value as indexed, case- and accent-insensitively.
     */
    public Query exactFilter(String nameColonValue) {
        int colon = nameColonValue == null ? -1 : nameColonValue.indexOf(':');
        if (colon <= 0 || colon == nameColonValue.length() - 1) {
            throw new QuerySyntaxException(
                    "A filter is written name:value, e.g. online:yes or country:MYS; got '" + nameColonValue + "'.");
        }
        Facet facet = facet(nameColonValue.substring(0, colon));
        String value = normaliseValue(facet, nameColonValue.substring(colon + 1).strip());
        return new TermQuery(new Term(facet.filterField(), Analyzers.foldKeyword(value)));
    }

    /**
     * The typo-tolerant form of a query: each word that no language-neutral field of
     * {@code reader} holds becomes a fuzzy word in those fields (one edit for words of 3 to 5
     * letters, two for longer). Words the index knows stay exact: they are not the typo, and
     * relaxing them ranks unrelated words (parks: "parts", pass: "past") like real hits.
     * Empty when the query has no word to relax.
     */
    public static Optional<Query> fuzzy(Query q, IndexReader reader) {
        return fuzzy(q, knownIn(reader));
    }

    /**
     * The same for an index that is not a Lucene reader here (an OpenSearch cluster):
     * {@code known} tells whether a language-neutral field holds the folded word.
     */
    public static Optional<Query> fuzzy(Query q, Predicate<String> known) {
        Query relaxed = relax(q, known);
        return relaxed == q ? Optional.empty() : Optional.of(relaxed);
    }

    /** The language-neutral fields, where the typo-tolerant form looks for a word. */
    public static List<String> neutralFields() {
        return NEUTRAL;
    }

    /** Only entity documents (not the facet-label ones), with {@code words} required and {@code filters} applied. */
    public static Query entities(Query words, List<Query> filters) {
        if (filters.isEmpty() && !mayMatchWithoutWords(words)) {
            // The facet-label documents hold no indexed words, so words alone cannot match them. Without
            // the doctype filter a disjunction of words stays the top-level query, which Lucene scores in
            // windows of documents (BooleanScorer) instead of through a heap of every field's postings: the
            // tail of frequent words at 100,000 services was that heap.
            return words;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.DOCTYPE, Fields.ENTITY)), BooleanClause.Occur.FILTER);
        filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        return b.build();
    }

    /** Whether a query may match documents by other means than their indexed words (a match-all, a field-exists, ...). */
    private static boolean mayMatchWithoutWords(Query q) {
        boolean[] all = {false};
        q.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                all[0] |= !(leaf instanceof MatchNoDocsQuery);
            }
        });
        return all[0];
    }

    private static Query relax(Query q, Predicate<String> known) {
        // Only the language-neutral fields are relaxed: typos are in what was typed, not in stems,
        // and they hold every text, so one fuzzy query each is enough.
        if (q instanceof TermQuery tq && NEUTRAL.contains(tq.getTerm().field())) {
            int length =
                    tq.getTerm().text().codePointCount(0, tq.getTerm().text().length());
            int edits = length < 3 ? 0 : length <= 5 ? 1 : 2;
            return edits == 0 || known.test(tq.getTerm().text()) ? q : new FuzzyQuery(tq.getTerm(), edits, 1);
        }
        if (q instanceof BoostQuery bq) {
            Query inner = relax(bq.getQuery(), known);
            return inner == bq.getQuery() ? q : new BoostQuery(inner, bq.getBoost());
        }
        if (q instanceof BooleanQuery bool) {
            boolean changed = false;
            BooleanQuery.Builder b =
                    new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause c : bool.clauses()) {
                // Excluded words stay exact: relaxing them would exclude more than the user asked.
                Query inner = c.getOccur() == BooleanClause.Occur.MUST_NOT ? c.getQuery() : relax(c.getQuery(), known);
                changed |= inner != c.getQuery();
                b.add(inner, c.getOccur());
            }
            return changed ? b.build() : q;
        }
        return q;
    }

    /** Whether a language-neutral field of {@code reader} holds a (folded) word. */
    public static Predicate<String> knownIn(IndexReader reader) {
        return word -> {
            try {
                for (String field : NEUTRAL) {
                    if (reader.docFreq(new Term(field, word)) > 0) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static boolean isText(String field) {
        return WEIGHTS.containsKey(field);
    }

    /** A query of only exclusions ({@code -visa}) means "everything but": Lucene needs the "everything". */
    private static Query withPositiveClause(Query q) {
        if (q instanceof BooleanQuery bool
                && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bool.clauses().forEach(b::add);
            return b.build();
        }
        return q;
    }

    /** For two or more plain words, the words as a phrase (one position of slack) in titles and descriptions. */
    private Optional<Query> phraseBoost(String text) {
        if (!isPlainWords(text) || text.split("\\s+").length < 2) {
            return Optional.empty();
        }
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean added = false;
        List<String> fields = new ArrayList<>(Fields.titleFields());
        fields.add(Fields.TITLE_ANY);
        for (String f : fields) {
            Query p = builder.createPhraseQuery(f, text, 1);
            if (p != null) {
                any.add(new BoostQuery(p, 2f), BooleanClause.Occur.SHOULD);
                added = true;
            }
        }
        for (String f : Fields.descriptionFields()) {
            Query p = builder.createPhraseQuery(f, text, 1);
            if (p != null) {
                any.add(new BoostQuery(p, 0.5f), BooleanClause.Occur.SHOULD);
                added = true;
            }
        }
        return added ? Optional.of(any.build()) : Optional.empty();
    }

    /** Words only: no quotes, operators, exclusions, prefixes or filters. */
    private static boolean isPlainWords(String text) {
        return !text.isEmpty()
                && Arrays.stream(text.split("\\s+"))
                        .allMatch(w -> PLAIN_WORD.matcher(w).matches() && !OPERATORS.contains(w));
    }

    private static Facet facet(String name) {
        return Facet.byName(name).orElseThrow(() -> new QuerySyntaxException(unknownField(name)));
    }

    private static String unknownField(String name) {
        return "There is no filter called '" + name + ":'. Use one of "
                + String.join(", ", Facet.names().stream().map(n -> n + ":").toList())
                + " (e.g. online:yes, country:MYS), or put the text in quotes to search for it as words: \""
                + name + ":...\".";
    }

    private static String normaliseValue(Facet facet, String value) {
        if (facet != Facet.ONLINE) {
            return value;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "oui" -> "yes";
            case "no", "false", "n", "non" -> "no";
            default ->
                throw new QuerySyntaxException(
                        "online: takes yes or no (online:yes finds services that are end-to-end online); got '" + value
                                + "'.");
        };
    }

    /** A parse error whose message is already written for the user. */
    static final class FriendlyParseException extends ParseException {
        private static final long serialVersionUID = 1L;

        FriendlyParseException(String message) {
            super(message);
        }
    }

    /** The classic parser, with field names that are facet filters rather than Lucene fields. */
    private static final class Parser extends MultiFieldQueryParser {
        Parser(Analyzer analyzer) {
            super(WEIGHTS.keySet().stream().sorted().toArray(String[]::new), analyzer, WEIGHTS);
            setDefaultOperator(QueryParser.Operator.AND);
            setAllowLeadingWildcard(false);
            setSplitOnWhitespace(true);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            // A hyphenated word (e-government, assurance-emploi) is one word: the parts the tokenizer
            // splits it into must follow each other, as in a quoted phrase.
            return field == null || isText(field)
                    ? super.getFieldQuery(
                            field,
                            queryText,
                            quoted || HYPHENATED.matcher(queryText).find())
                    : filter(field, queryText);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return field == null || isText(field)
                    ? super.getFieldQuery(field, queryText, slop)
                    : filter(field, queryText);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            if (field == null || isText(field)) {
                // MultiFieldQueryParser calls back here once per text field.
                return super.getPrefixQuery(field, termStr);
            }
            Facet facet = facetOrFail(field);
            String prefix = Analyzers.foldKeyword(termStr);
            return new ConstantScoreQuery(new BooleanQuery.Builder()
                    .add(
                            new org.apache.lucene.search.PrefixQuery(new Term(facet.filterField(), prefix)),
                            BooleanClause.Occur.SHOULD)
                    .add(
                            new org.apache.lucene.search.PrefixQuery(new Term(Fields.facetLabel(facet), prefix)),
                            BooleanClause.Occur.SHOULD)
                    .build());
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            if (field != null && !isText(field)) {
                facetOrFail(field);
                throw new FriendlyParseException(
                        "Filters take a value or a prefix (org:imm*), not a wildcard inside the value: '" + field + ":"
                                + termStr + "'.");
            }
            return super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            if (field != null && !isText(field)) {
                facetOrFail(field);
                throw new FriendlyParseException(
                        "Filters take an exact value; remove the '~' after " + field + ":" + termStr + ".");
            }
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query getRangeQuery(
                String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            throw new FriendlyParseException(
                    "Ranges in [ ] or { } are not part of the search syntax: put words in quotes to search for brackets.");
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new FriendlyParseException("Regular expressions are not part of the search syntax.");
        }

        private Query filter(String field, String value) throws ParseException {
            Facet facet = facetOrFail(field);
            String normalised;
            try {
                normalised = normaliseValue(facet, value);
            } catch (QuerySyntaxException e) {
                throw new FriendlyParseException(e.getMessage());
            }
            // A filter matches the value's code (country:MYS, org:ircc) or words of its label (country:malaysia).
            BooleanQuery.Builder b = new BooleanQuery.Builder()
                    .add(
                            new TermQuery(new Term(facet.filterField(), Analyzers.foldKeyword(normalised))),
                            BooleanClause.Occur.SHOULD);
            if (facet != Facet.ONLINE && facet != Facet.KIND) {
                Query label = createPhraseQuery(Fields.facetLabel(facet), normalised);
                if (label != null) {
                    b.add(label, BooleanClause.Occur.SHOULD);
                }
            }
            return new ConstantScoreQuery(b.build());
        }

        private static Facet facetOrFail(String field) throws ParseException {
            Optional<Facet> f = Facet.byName(field);
            if (f.isEmpty()) {
                throw new FriendlyParseException(unknownField(field));
            }
            return f.get();
        }
    }
}
