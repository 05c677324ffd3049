package org.govgraph.ingest.egdi;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Matches the country names of the UN Data Center export, which has no codes, to ISO
 * 3166-1 alpha-3 codes: through the names the countries table and the coded files give each
 * code, and a small alias table of the UN's own names that neither spells the same way.
 *
 * <p>Names are compared after stripping surrounding white space (the export pads many
 * names with a trailing space), Unicode NFC normalisation and case folding; nothing looser.
 * A name that matches no code, or more than one, is not matched: the row is rejected, never
 * given a guessed country.
 */
final class CountryNames {
    /**
     * Names the UN E-Government Survey uses for a country that the countries table spells
     * differently, so that the UN export matches even without the coded files; each checked
     * against the 2022 export. Türkiye is matched by nothing else: every other source still
     * says Turkey.
     */
    static final Map<String, String> ALIASES = Map.of(
            "Türkiye", "TUR", // renamed in 2022; table: Turkey
            "Georgia (Country)", "GEO", // the survey's disambiguation; table: Georgia
            "Micronesia (Federated States of)", "FSM", // table: Micronesia
            "Iran (Islamic Republic of)", "IRN", // table: Iran
            "United Republic of Tanzania", "TZA", // table: Tanzania
            "Gambia", "GMB", // table: The Gambia
            "Sao Tome and Principe", "STP", // table: São Tomé and Príncipe
            "The former Yugoslav Republic of Macedonia", "MKD", // before 2019; table: North Macedonia
            "Czech Republic", "CZE"); // before 2016; table: Czechia

    private final Map<String, Set<String>> codesByName = new LinkedHashMap<>();

    CountryNames() {
        ALIASES.forEach(this::add);
    }

    /** Records that {@code name} names the country {@code iso3}. */
    void add(String name, String iso3) {
        if (name != null && !name.isBlank()) {
            codesByName.computeIfAbsent(key(name), k -> new TreeSet<>()).add(iso3);
        }
    }

    /** The code a name stands for, or empty when it names no country or several. */
    Optional<String> match(String name) {
        Set<String> codes = codesByName.get(key(name));
        return codes == null || codes.size() != 1
                ? Optional.empty()
                : Optional.of(codes.iterator().next());
    }

    /** The codes a name stands for when it is ambiguous (more than one), else empty. */
    Set<String> candidates(String name) {
        return codesByName.getOrDefault(key(name), Set.of());
    }

    /** The form two names are compared in. */
    static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
