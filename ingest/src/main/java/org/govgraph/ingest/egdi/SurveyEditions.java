package org.govgraph.ingest.egdi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The years the UN E-Government Survey was published in. A year outside them (2019, 2099)
 * is a typo or a file that is not the survey, and is refused rather than published as an edition.
 */
final class SurveyEditions {
    /** Every edition: 2003 to 2005 yearly, 2008, then every second year. */
    static final List<Integer> YEARS = List.of(2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024);

    private SurveyEditions() {}

    static boolean isEdition(int year) {
        return YEARS.contains(year);
    }

    /** Why {@code year} is refused, for a rejection or a file error. */
    static String notAnEdition(Object year) {
        return "'" + year + "' is not a survey year: the UN E-Government Survey was published in "
                + YEARS.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
