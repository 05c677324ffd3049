package org.govgraph.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.govgraph.search.Facet;

/**
 * The analyzers of every indexed field: one per language of the literal (English with the
 * Porter stemmer and the stem overrides of {@code stems-en.txt}, French with the light French
 * stemmer, Malay through Lucene's Indonesian stemmer, Portuguese with the light Portuguese
 * stemmer and then folded to ASCII (so {@code aposentadoria} and {@code físicas} match whether or
 * not the user types the accents), standard analysis for the rest), a
 * language-neutral one that folds case and accents (so {@code passeport}, {@code Passeport}
 * and {@code passéport} are one term), keyword folding for facet filters, and edge n-grams
 * for autocomplete. Every text field drops the same stop words ({@link WordLists#stopWords})
 * and splits hyphenated words alike (the standard tokenizer's word breaks).
 *
 * <p>Index and query analysis differ in two places: titles are indexed as edge n-grams for
 * autocomplete while what the user typed is matched as typed, and what the user typed goes
 * through a {@link SynonymGraphFilter} of the synonym and spelling-variant lists (before stop
 * words and stemming, so that the variants are stemmed as the indexed words are).
 */
public final class Analyzers {
    private Analyzers() {}

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
        Analyzer neutral = new NeutralAnalyzer(indexing ? null : Lists.FOLDED_SYNONYMS);
        for (LanguageGroup g : LanguageGroup.values()) {
            Analyzer a = new LanguageAnalyzer(g, indexing ? null : Lists.SYNONYMS);
            perField.put(Fields.title(g), a);
            perField.put(Fields.description(g), a);
        }
        Analyzer keyword = new FoldedKeywordAnalyzer();
        for (Facet f : Facet.values()) {
            perField.put(f.filterField(), keyword);
            perField.put(Fields.facetLabel(f), neutral);
        }
        perField.put(Fields.SUGGEST, indexing ? new EdgeNGramAnalyzer() : new NeutralAnalyzer(null));
        return new PerFieldAnalyzerWrapper(neutral, perField);
    }

    /** The language groups that have an analyzer of their own; every other language is {@link #STD}. */
    public enum LanguageGroup {
        EN,
        FR,
        MS,
        PT,
        STD;

        /** The group of a language tag: {@code en-CA} is English, {@code de} standard. */
        public static LanguageGroup of(String langTag) {
            String primary =
                    langTag == null ? "" : langTag.toLowerCase(Locale.ROOT).split("-", 2)[0];
            return switch (primary) {
                case "en" -> EN;
                case "fr" -> FR;
                case "ms", "zsm", "id" -> MS;
                case "pt" -> PT;
                default -> STD;
            };
        }

        public String suffix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The word lists, read once: they are immutable and shared by every analyzer. */
    private static final class Lists {
        static final CharArraySet STOP = WordLists.stopWords(false);
        static final CharArraySet FOLDED_STOP = WordLists.stopWords(true);
        static final StemmerOverrideMap ENGLISH_STEMS = WordLists.englishStems();
        static final SynonymMap SYNONYMS = WordLists.synonyms(new LowerCasingAnalyzer());
        static final SynonymMap FOLDED_SYNONYMS = WordLists.synonyms(new FoldingAnalyzer());
    }

    /** Standard tokens, lower-cased and folded: how the synonym rules of the neutral fields are read. */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, fold(source));
        }
    }

    /** Standard tokens, lower-cased: how the synonym rules of the language fields are read. */
    static final class LowerCasingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    }

    /**
     * The analysis of one language group: standard tokens, lower-cased (English possessives and
     * French elisions removed first), the synonyms when {@code synonyms} is given (query side),
     * the shared stop words, then the language's stemmer.
     */
    static final class LanguageAnalyzer extends Analyzer {
        private final LanguageGroup group;
        private final SynonymMap synonyms;

        LanguageAnalyzer(LanguageGroup group, SynonymMap synonyms) {
            this.group = group;
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream t = source;
            if (group == LanguageGroup.EN) {
                t = new EnglishPossessiveFilter(t);
            } else if (group == LanguageGroup.FR) {
                t = new ElisionFilter(t, FrenchAnalyzer.DEFAULT_ARTICLES);
            }
            t = new LowerCaseFilter(t);
            if (synonyms != null) {
                t = new SynonymGraphFilter(t, synonyms, true);
            }
            t = new StopFilter(t, Lists.STOP);
            t = switch (group) {
                // The overrides mark their words as keywords, which the Porter stemmer leaves alone.
                case EN -> new PorterStemFilter(new StemmerOverrideFilter(t, Lists.ENGLISH_STEMS));
                case FR -> new FrenchLightStemFilter(t);
                // Malay and Indonesian share their morphology (prefixes, suffixes, particles).
                case MS -> new IndonesianStemFilter(t);
                // The light stemmer reads accents (it strips -ção, -ões); folding after it makes
                // "previdencia" and "previdência" one term on both sides.
                case PT -> new ASCIIFoldingFilter(new PortugueseLightStemFilter(t));
                case STD -> t;
            };
            return new TokenStreamComponents(source, t);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return group == LanguageGroup.PT ? fold(in) : new LowerCaseFilter(in);
        }
    }

    /** Lower-cases and folds to ASCII: the one normalisation of the neutral, keyword and suggest fields. */
    static TokenStream fold(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /**
     * Standard tokens, lower-cased and folded to ASCII, without the shared stop words: the
     * language-neutral fields; with the synonyms (folded) on the query side when given.
     */
    static final class NeutralAnalyzer extends Analyzer {
        private final SynonymMap synonyms;

        NeutralAnalyzer(SynonymMap synonyms) {
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream t = fold(source);
            if (synonyms != null) {
                t = new SynonymGraphFilter(t, synonyms, true);
            }
            return new TokenStreamComponents(source, new StopFilter(t, Lists.FOLDED_STOP));
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

    /**
     * The stretches of {@code text} (as {@code [start, end)} character ranges, in order) that are
     * the several-word side of a synonym rule, such as {@code good conduct} in
     * {@code certificate of good conduct}. The query parser reads a question word by word, so a
     * rule of several words can only apply when its words are read together, as a phrase.
     */
    public static List<int[]> synonymPhrases(String text) {
        List<int[]> spans = new ArrayList<>();
        try (TokenStream ts = SYNONYM_SPOTTER.tokenStream("", text)) {
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = offsets.startOffset();
                int end = offsets.endOffset();
                // A replacement carries the offsets of all it replaces: spaces inside mean several words.
                boolean severalWords = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())
                        && text.substring(start, end).chars().anyMatch(Character::isWhitespace);
                boolean known = !spans.isEmpty() && spans.get(spans.size() - 1)[1] >= start;
                if (severalWords && !known) {
                    spans.add(new int[] {start, end});
                } else if (severalWords) {
                    int[] last = spans.get(spans.size() - 1);
                    last[1] = Math.max(last[1], end);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    /**
     * One spotter for every question: an analyzer reuses its token stream per thread, so a plain
     * question's search does not build the synonym filter chain anew.
     */
    private static final Analyzer SYNONYM_SPOTTER = new SynonymSpotter();

    /** Neutral tokens through the (folded) synonyms, with nothing dropped: what {@link #synonymPhrases} reads. */
    static final class SynonymSpotter extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new SynonymGraphFilter(fold(source), Lists.FOLDED_SYNONYMS, true));
        }
    }

    /** Folds a facet value as {@link FoldedKeywordAnalyzer} does, for exact filters built outside the query parser. */
    public static String foldKeyword(String value) {
        try (Analyzer a = new FoldedKeywordAnalyzer()) {
            return a.normalize("", value).utf8ToString();
        }
    }
}
