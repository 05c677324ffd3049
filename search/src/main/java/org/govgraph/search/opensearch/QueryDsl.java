package org.govgraph.search.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.SpanQuery;

/**
 * Turns a query parsed by {@link org.govgraph.search.query.QueryTranslator} (a Lucene query of
 * analysed terms) into the OpenSearch query DSL, node for node, so that OpenSearch runs the very
 * Lucene query the in-process index runs: a term stays a {@code term}, a phrase becomes a
 * {@code match_phrase} of its terms through the {@link IndexDefinition#VERBATIM} analyser (which
 * re-creates the positions, holes for stop words included), words at one position (synonyms)
 * a {@code match} through it (OpenSearch then builds the same Lucene synonym query), prefixes,
 * wildcards and fuzzy words their DSL namesakes, and boolean structure a {@code bool}.
 *
 * <p>Scores: OpenSearch 2 scores with Lucene's legacy BM25, which is BM25 times {@code 1 + k1}; constant
 * scores (filters typed in the query, prefixes) are scaled by the same {@link #SCORE_SCALE} so
 * that every part of a score keeps its in-process weight, and hits report score / scale.
 */
public final class QueryDsl {
    /** {@code 1 + k1} for OpenSearch's default k1 of 1.2: legacy BM25 over BM25. */
    public static final float SCORE_SCALE = 2.2f;
    /** Lucene's default for fuzzy words; {@link FuzzyQuery} does not expose it. */
    private static final int FUZZY_EXPANSIONS = FuzzyQuery.defaultMaxExpansions;

    private QueryDsl() {}

    /** The DSL form of {@code q}; a query type govgraph's parser never makes is refused. */
    public static Query of(org.apache.lucene.search.Query q) {
        if (q instanceof TermQuery t) {
            return term(t.getTerm());
        }
        if (q instanceof BoostQuery b) {
            Query inner = of(b.getQuery());
            return Query.of(x -> x.bool(bool -> bool.must(inner).boost(b.getBoost())));
        }
        if (q instanceof BooleanQuery b) {
            return bool(b);
        }
        if (q instanceof PhraseQuery p) {
            List<List<Term>> positions = new ArrayList<>();
            for (Term t : p.getTerms()) {
                positions.add(List.of(t));
            }
            return phrase(p.getField(), positions, p.getPositions(), p.getSlop());
        }
        if (q instanceof MultiPhraseQuery p) {
            List<List<Term>> positions = new ArrayList<>();
            for (Term[] ts : p.getTermArrays()) {
                positions.add(List.of(ts));
            }
            String field = p.getTermArrays()[0][0].field();
            return phrase(field, positions, p.getPositions(), p.getSlop());
        }
        if (q instanceof SynonymQuery s) {
            String alternatives = s.getTerms().stream()
                    .map(Term::text)
                    .reduce((a, b) -> a + "|" + b)
                    .orElse("");
            return Query.of(x -> x.match(m ->
                    m.field(s.getField()).query(FieldValue.of(alternatives)).analyzer(IndexDefinition.VERBATIM)));
        }
        if (q instanceof PrefixQuery p) {
            return Query.of(x -> x.prefix(
                    pq -> pq.field(p.getField()).value(p.getPrefix().text()).boost(SCORE_SCALE)));
        }
        if (q instanceof WildcardQuery w) {
            return Query.of(x -> x.wildcard(
                    wq -> wq.field(w.getField()).value(w.getTerm().text()).boost(SCORE_SCALE)));
        }
        if (q instanceof FuzzyQuery f) {
            return Query.of(x -> x.fuzzy(fq -> fq.field(f.getField())
                    .value(FieldValue.of(f.getTerm().text()))
                    .fuzziness(Integer.toString(f.getMaxEdits()))
                    .prefixLength(f.getPrefixLength())
                    .maxExpansions(FUZZY_EXPANSIONS)
                    .transpositions(f.getTranspositions())));
        }
        if (q instanceof ConstantScoreQuery c) {
            Query inner = of(c.getQuery());
            return Query.of(x -> x.constantScore(cs -> cs.filter(inner).boost(SCORE_SCALE)));
        }
        if (q instanceof MatchAllDocsQuery) {
            return Query.of(x -> x.matchAll(m -> m.boost(SCORE_SCALE)));
        }
        if (q instanceof MatchNoDocsQuery) {
            return matchNone();
        }
        if (q instanceof SpanTermQuery || q instanceof SpanOrQuery || q instanceof SpanNearQuery) {
            // A multi-word synonym inside a phrase: Lucene's query builder makes spans of it.
            SpanQuery span = span((org.apache.lucene.queries.spans.SpanQuery) q);
            return Query.of(x -> x.spanOr(so -> so.clauses(span)));
        }
        throw new IllegalArgumentException(
                "No query DSL form for the Lucene query " + q.getClass().getSimpleName() + ": " + q);
    }

    private static Query term(Term t) {
        return Query.of(x -> x.term(tq -> tq.field(t.field()).value(FieldValue.of(t.text()))));
    }

    private static Query matchNone() {
        return Query.of(x -> x.matchNone(m -> m));
    }

    private static Query bool(BooleanQuery b) {
        BoolQuery.Builder out = new BoolQuery.Builder();
        boolean positive = false;
        for (BooleanClause c : b.clauses()) {
            Query q = of(c.getQuery());
            switch (c.getOccur()) {
                case MUST -> out.must(q);
                case SHOULD -> out.should(q);
                case FILTER -> out.filter(q);
                case MUST_NOT -> out.mustNot(q);
            }
            positive |= c.getOccur() != BooleanClause.Occur.MUST_NOT;
        }
        if (!positive) {
            // Lucene matches nothing with no positive clause; OpenSearch's bool would match everything.
            return matchNone();
        }
        if (b.getMinimumNumberShouldMatch() > 0) {
            out.minimumShouldMatch(Integer.toString(b.getMinimumNumberShouldMatch()));
        }
        BoolQuery bool = out.build();
        return Query.of(x -> x.bool(bool));
    }

    /**
     * A phrase as the text the verbatim analyser turns back into the same terms at the same
     * positions: alternatives joined by {@code |}, an empty position as {@link IndexDefinition#GAP}.
     */
    static String phraseText(List<List<Term>> terms, int[] positions) {
        StringJoiner text = new StringJoiner(" ");
        int first = positions.length == 0 ? 0 : positions[0];
        int at = first;
        for (int i = 0; i < positions.length; i++) {
            for (; at < positions[i]; at++) {
                text.add(IndexDefinition.GAP);
            }
            text.add(terms.get(i).stream()
                    .map(Term::text)
                    .reduce((a, b) -> a + "|" + b)
                    .orElse(""));
            at = positions[i] + 1;
        }
        return text.toString();
    }

    private static Query phrase(String field, List<List<Term>> terms, int[] positions, int slop) {
        String text = phraseText(terms, positions);
        return Query.of(x -> x.matchPhrase(m ->
                m.field(field).query(text).analyzer(IndexDefinition.VERBATIM).slop(slop)));
    }

    private static SpanQuery span(org.apache.lucene.queries.spans.SpanQuery s) {
        if (s instanceof SpanTermQuery t) {
            return SpanQuery.of(x -> x.spanTerm(
                    st -> st.field(t.getTerm().field()).value(t.getTerm().text())));
        }
        if (s instanceof SpanOrQuery o) {
            List<SpanQuery> clauses = new ArrayList<>();
            for (org.apache.lucene.queries.spans.SpanQuery c : o.getClauses()) {
                clauses.add(span(c));
            }
            return SpanQuery.of(x -> x.spanOr(so -> so.clauses(clauses)));
        }
        if (s instanceof SpanNearQuery n) {
            List<SpanQuery> clauses = new ArrayList<>();
            for (org.apache.lucene.queries.spans.SpanQuery c : n.getClauses()) {
                clauses.add(span(c));
            }
            return SpanQuery.of(
                    x -> x.spanNear(sn -> sn.clauses(clauses).slop(n.getSlop()).inOrder(n.isInOrder())));
        }
        throw new IllegalArgumentException("No query DSL form for the Lucene span query " + s);
    }
}
