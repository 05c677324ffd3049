package org.govgraph.search.relevance;

import java.util.Map;

/**
 * One question of the relevance set with its judgements.
 *
 * @param id     a short id ({@code en-01})
 * @param lang   the language the question is asked in (the request's {@code lang})
 * @param group  the group it is reported under ({@code en}, {@code fr}, {@code ms}, {@code country}, {@code org}, {@code typo})
 * @param text   what the user types
 * @param grades judged entities, by IRI, with their grade: 2 what was asked for, 1 related and useful; unjudged is 0
 */
public record Question(String id, String lang, String group, String text, Map<String, Integer> grades) {
    public Question {
        grades = Map.copyOf(grades);
    }

    /** The grade of an entity: 0 when it was not judged. */
    public int grade(String iri) {
        return grades.getOrDefault(iri, 0);
    }
}
