package org.govgraph.release.publish;

/**
 * One column of a published CSV table, as its CSV on the Web metadata describes it.
 *
 * @param name        the header, also the SPARQL variable that fills it and the CSVW column name
 * @param description what a cell means, in a sentence
 * @param datatype    a CSVW built-in datatype name ({@code string}, {@code decimal}, {@code gYear}, ...)
 * @param propertyUrl the property the column states, as a full IRI
 * @param aboutUrl    a URI template for the subject, when it is not the row's ({@code null} otherwise)
 * @param valueUrl    a URI template when the cell names a resource ({@code null} for literals)
 * @param lang        the language of a text cell, or {@code null}
 * @param suppressed  true when the column only feeds templates and states nothing itself
 */
public record CsvColumn(
        String name,
        String description,
        String datatype,
        String propertyUrl,
        String aboutUrl,
        String valueUrl,
        String lang,
        boolean suppressed) {

    /** A literal column of the row's subject. */
    static CsvColumn literal(String name, String datatype, String propertyUrl, String description) {
        return new CsvColumn(name, description, datatype, propertyUrl, null, null, null, false);
    }

    CsvColumn about(String template) {
        return new CsvColumn(name, description, datatype, propertyUrl, template, valueUrl, lang, suppressed);
    }

    CsvColumn value(String template) {
        return new CsvColumn(name, description, datatype, propertyUrl, aboutUrl, template, lang, suppressed);
    }

    CsvColumn lang(String language) {
        return new CsvColumn(name, description, datatype, propertyUrl, aboutUrl, valueUrl, language, suppressed);
    }

    CsvColumn suppress() {
        return new CsvColumn(name, description, datatype, propertyUrl, aboutUrl, valueUrl, lang, true);
    }
}
