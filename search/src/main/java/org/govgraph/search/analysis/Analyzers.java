package org.govgraph.search.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.govgraph.search.Facet;

/**
 * The analyzers of every indexed field: one per language of the literal (English, French,
 * Malay through Lucene's Indonesian analyzer, standard analysis for the rest), a
 * language-neutral one that folds case and accents (so {@code passeport}, {@code Passeport}
 * and {@code passéport} are one term), keyword folding for facet filters, and edge n-grams
 * for autocomplete.
 *
 * <p>Index and query analysis differ only for the autocomplete field: titles are indexed as
 * edge n-grams, while what the user typed is matched as typed.
 */
public final class Analyzers {
    private Analyzers() {
    }

    /** The per-field analyzer used when documents are written. */
    public static Analyzer forIndexing() {
        return wrapper(true);
    }

    /** The per-field analyzer used to analyse query text. */
    public static Analyzer forQuerying() {
        return wrapper(false);
    }

    private static Analyzer wrapper(boolean indexing) {
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer neutral = new NeutralAnalyzer();
        for (LanguageGroup g : LanguageGroup.values()) {
            Analyzer a = g.analyzer();
            perField.put(Fields.title(g), a);
            perField.put(Fields.description(g), a);
        }
        Analyzer keyword = new FoldedKeywordAnalyzer();
        for (Facet f : Facet.values()) {
            perField.put(f.filterField(), keyword);
            perField.put(Fields.facetLabel(f), neutral);
        }
        perField.put(Fields.SUGGEST, indexing ? new EdgeNGramAnalyzer() : neutral);
        return new PerFieldAnalyzerWrapper(neutral, perField);
    }

    /** The language groups that have an analyzer of their own; every other language is {@link #STD}. */
    public enum LanguageGroup {
        EN, FR, MS, STD;

        /** The group of a language tag: {@code en-CA} is English, {@code de} standard. */
        public static LanguageGroup of(String langTag) {
            String primary = langTag == null ? "" : langTag.toLowerCase(Locale.ROOT).split("-", 2)[0];
            return switch (primary) {
                case "en" -> EN;
                case "fr" -> FR;
                case "ms", "zsm", "id" -> MS;
                default -> STD;
            };
        }

        public String suffix() {
            return name().toLowerCase(Locale.ROOT);
        }

        Analyzer analyzer() {
            return switch (this) {
                case EN -> new EnglishAnalyzer();
                case FR -> new FrenchAnalyzer();
                // Malay and Indonesian share their morphology (prefixes, suffixes, particles).
                case MS -> new IndonesianAnalyzer();
                case STD -> new StandardAnalyzer();
            };
        }
    }

    /** Lower-cases and folds to ASCII: the one normalisation of the neutral, keyword and suggest fields. */
    static TokenStream fold(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** Standard tokens, lower-cased and folded to ASCII: the language-neutral field. */
    static final class NeutralAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, fold(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            // Prefix queries (passé*) are normalised the same way as indexed words.
            return fold(in);
        }
    }

    /** The whole value as one term, lower-cased and folded: facet filters match {@code country:mys} and {@code country:MYS}. */
    static final class FoldedKeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, fold(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return fold(in);
        }
    }

    /** Neutral tokens cut into their prefixes (1 to 20 characters), for autocomplete. */
    static final class EdgeNGramAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream folded = fold(source);
            return new TokenStreamComponents(source, new EdgeNGramTokenFilter(folded, 1, 20, true));
        }
    }

    /** Folds a facet value as {@link FoldedKeywordAnalyzer} does, for exact filters built outside the query parser. */
    public static String foldKeyword(String value) {
        try (Analyzer a = new FoldedKeywordAnalyzer()) {
            return a.normalize("", value).utf8ToString();
        }
    }
}
