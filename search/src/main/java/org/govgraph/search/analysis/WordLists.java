package org.govgraph.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.govgraph.search.SearchException;

/**
 * The word lists of the analyzers, kept as data files beside this class: the synonym and
 * spelling-variant lists per language ({@code synonyms-en.txt}, {@code -fr}, {@code -ms}, {@code -pt}, in
 * Solr's synonym format) and the English stem overrides ({@code stems-en.txt}); and the one
 * stop set every field uses, the union of Lucene's English, French and Indonesian stop words and
 * the Portuguese function words of {@code stopwords-pt.txt},
 * so that a word is either ignored by every field or by none ("for" in {@code grants for
 * farmers} must not be required by the language-neutral fields when English ignores it).
 */
public final class WordLists {
    private static final List<String> SYNONYM_FILES =
            List.of("synonyms-en.txt", "synonyms-fr.txt", "synonyms-ms.txt", "synonyms-pt.txt");

    private WordLists() {}

    /** The stop words of every field, lower-cased; folded too when {@code folded}. */
    static CharArraySet stopWords(boolean folded) {
        CharArraySet all = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        all.addAll(FrenchAnalyzer.getDefaultStopSet());
        all.addAll(IndonesianAnalyzer.getDefaultStopSet());
        try (Reader r = reader("stopwords-pt.txt")) {
            WordlistLoader.getWordSet(r, "#", all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!folded) {
            return CharArraySet.unmodifiableSet(all);
        }
        CharArraySet out = new CharArraySet(all.size(), false);
        try (Analyzer fold = new Analyzers.FoldedKeywordAnalyzer()) {
            for (Object w : all) {
                out.add(fold.normalize("", new String((char[]) w)).utf8ToString());
            }
        }
        return CharArraySet.unmodifiableSet(out);
    }

    /**
     * Every language's synonyms in one map, the rules read with {@code ruleAnalyzer} (which must
     * normalise as the chain does before the synonym filter). One map for all fields: a Malay
     * question must find the English services, and an English acronym the French title too.
     */
    static SynonymMap synonyms(Analyzer ruleAnalyzer) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
        for (String file : SYNONYM_FILES) {
            try (Reader r = reader(file)) {
                parser.parse(r);
            } catch (ParseException e) {
                throw new SearchException("analysis/" + file + ":" + e.getErrorOffset() + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The English stem overrides, one "word<TAB>stem" a line. */
    static StemmerOverrideMap englishStems() {
        String file = "stems-en.txt";
        StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
        try (BufferedReader r = new BufferedReader(reader(file))) {
            String l;
            int line = 0;
            while ((l = r.readLine()) != null) {
                line++;
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] cells = l.strip().split("\t");
                if (cells.length != 2) {
                    throw new SearchException(
                            "analysis/" + file + ":" + line + ": expected word<TAB>stem; got '" + l + "'");
                }
                b.add(cells[0], cells[1]);
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stop words as a list, for an engine that takes its analysis as settings (OpenSearch):
     * the same set the analyzers here use, sorted so that the settings are stable.
     */
    public static List<String> stopWordList(boolean folded) {
        List<String> out = new java.util.ArrayList<>();
        for (Object w : stopWords(folded)) {
            out.add(new String((char[]) w));
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** The English stem overrides as Solr/OpenSearch {@code stemmer_override} rules, {@code word => stem}. */
    public static List<String> englishStemRules() {
        return lines("stems-en.txt").stream()
                .map(l -> l.strip().replace("\t", " => "))
                .toList();
    }

    /** Every language's synonym rules in Solr's format, as the files hold them (comments and blank lines left out). */
    public static List<String> synonymRules() {
        List<String> out = new java.util.ArrayList<>();
        SYNONYM_FILES.forEach(f -> out.addAll(lines(f)));
        return out;
    }

    private static List<String> lines(String file) {
        try (BufferedReader r = new BufferedReader(reader(file))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String file) {
        InputStream in = WordLists.class.getResourceAsStream(file);
        if (in == null) {
            throw new SearchException("The search module's word list " + file + " is missing.");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
