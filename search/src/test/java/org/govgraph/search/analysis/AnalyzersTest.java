package org.govgraph.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.govgraph.search.analysis.Analyzers.LanguageGroup;
import org.junit.jupiter.api.Test;

/** Words as people write them: what the analyzers make of the spellings, plurals, stop words and synonyms. */
class AnalyzersTest {
    private static final Analyzer INDEX = Analyzers.forIndexing();
    private static final Analyzer QUERY = Analyzers.forQuerying();
    private static final String EN = Fields.title(LanguageGroup.EN);

    private static List<String> terms(Analyzer a, String field, String text) {
        return AnalysedTerms.of(a, field, text);
    }

    @Test
    void licenceAndLicenseAndTheirPluralsAreOneEnglishTerm() {
        List<String> licence = terms(INDEX, EN, "licence");
        for (String w : List.of("license", "licences", "licenses", "Licence")) {
            assertEquals(licence, terms(INDEX, EN, w), w);
        }
    }

    @Test
    void parksAreParksAndParkingIsParking() {
        assertEquals(terms(INDEX, EN, "park"), terms(INDEX, EN, "parks"));
        assertNotEquals(terms(INDEX, EN, "parks"), terms(INDEX, EN, "parking"));
        assertEquals(terms(INDEX, EN, "index"), terms(INDEX, EN, "indices"));
    }

    @Test
    void singularAndPluralMeetInEveryIndexedLanguage() {
        assertEquals(terms(INDEX, EN, "grant"), terms(INDEX, EN, "grants"));
        String fr = Fields.title(LanguageGroup.FR);
        assertEquals(terms(INDEX, fr, "passeport"), terms(INDEX, fr, "passeports"));
        assertEquals(terms(INDEX, fr, "parc"), terms(INDEX, fr, "parcs"));
    }

    @Test
    void everyTextFieldIgnoresTheSameStopWords() {
        List<String> fields = new ArrayList<>(Fields.titleFields());
        fields.addAll(Fields.descriptionFields());
        fields.addAll(List.of(Fields.TITLE_ANY, Fields.DESCRIPTION_ANY, Fields.CONTEXT));
        for (String field : fields) {
            for (String stop : List.of("for", "the", "de", "du", "le", "dan", "yang", "da", "dos", "para")) {
                assertEquals(List.of(), terms(QUERY, field, stop), field + ": " + stop);
                assertEquals(List.of(), terms(INDEX, field, stop), field + ": " + stop);
            }
        }
    }

    @Test
    void hyphenatedWordsSplitAlikeInEveryField() {
        assertEquals(List.of("e", "government"), terms(INDEX, Fields.TITLE_ANY, "E-Government"));
        assertEquals(List.of("e", "govern"), terms(INDEX, EN, "E-Government"));
        assertEquals(
                2,
                terms(INDEX, Fields.title(LanguageGroup.FR), "assurance-emploi").size());
    }

    @Test
    void whatTheUserTypesIsExpandedByTheSynonymListsAndTheIndexIsNot() {
        assertTrue(
                terms(QUERY, EN, "EI").containsAll(List.of("ei", "employ", "insur")),
                terms(QUERY, EN, "EI").toString());
        assertEquals(List.of("ei"), terms(INDEX, EN, "EI"));
        assertTrue(terms(QUERY, EN, "KRA").containsAll(List.of("kenya", "revenu", "author")));
        // Malay words find the English services; folded in the neutral fields.
        assertTrue(
                terms(QUERY, EN, "lesen").contains("licens"),
                terms(QUERY, EN, "lesen").toString());
        assertTrue(terms(QUERY, Fields.TITLE_ANY, "pasport").contains("passport"));
        assertTrue(terms(QUERY, Fields.TITLE_ANY, "licence").contains("license"));
    }

    @Test
    void portugueseWordsMeetWithAndWithoutTheirAccentsAndPlurals() {
        String pt = Fields.title(LanguageGroup.PT);
        assertEquals(LanguageGroup.PT, LanguageGroup.of("pt-BR"));
        assertEquals(terms(INDEX, pt, "passaporte"), terms(INDEX, pt, "passaportes"));
        assertEquals(terms(INDEX, pt, "previdência"), terms(INDEX, pt, "previdencia"));
        assertEquals(terms(INDEX, pt, "Físicas"), terms(QUERY, pt, "fisicas"));
        assertEquals(terms(INDEX, pt, "certidão"), terms(INDEX, pt, "certidões"));
        assertEquals(terms(INDEX, pt, "certidões"), terms(QUERY, pt, "certidao"));
        // "aposentadoria" is asked for; the charters say "Aposentar-se".
        assertTrue(
                terms(QUERY, pt, "aposentadoria").containsAll(terms(INDEX, pt, "aposentar")),
                terms(QUERY, pt, "aposentadoria").toString());
    }
}
