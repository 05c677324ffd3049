package org.govgraph.ingest.canada;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.govgraph.ingest.CodeList;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.csv.CsvRow;

/**
 * Readers for the conventions the Government of Canada's service data share: {@code Y}/
 * {@code N}/{@code NA} flags, {@code NA}/{@code ND} markers in counts, fiscal years such as
 * {@code 2023-2024}, comma-separated codes, bilingual {@code "English | Français"} titles,
 * and URL fields that often hold prose instead of a link. Each throws {@link RowException}
 * naming the column when a field is present but wrong.
 */
final class CanadaFields {
    /** Both Canadian sources list the services of the Government of Canada (ISO 3166-1 alpha-3). */
    static final String JURISDICTION = "CAN";

    /** Not applicable, no data: both mean the value is absent, never zero. */
    static final Set<String> ABSENT = Set.of("NA", "ND");

    /** One quoted program name, in the single or double quotes the export wraps it in. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");

    private static final Pattern QUOTED_LIST =
            Pattern.compile("(?:'[^']*'|\"[^\"]*\")(?:\\s*,\\s*(?:'[^']*'|\"[^\"]*\"))*");
    /** URL fields separate several links with {@code <>} or white space. */
    private static final Pattern URL_SEPARATOR = Pattern.compile("<>|\\s+");

    private CanadaFields() {}

    /** {@code Y} true, {@code N} false, {@code NA} or blank absent; anything else rejects the row. */
    static Optional<Boolean> yesNo(CsvRow row, String column) {
        Optional<String> v = row.text(column);
        if (v.isEmpty() || v.get().equals("NA")) {
            return Optional.empty();
        }
        return switch (v.get()) {
            case "Y" -> Optional.of(true);
            case "N" -> Optional.of(false);
            default ->
                throw new RowException(row.column(column), column + " must be Y, N or NA, not '" + v.get() + "'");
        };
    }

    /** A non-negative whole number; {@code NA}, {@code ND} and blank are absent. */
    static Optional<BigInteger> count(CsvRow row, String column) {
        Optional<BigInteger> n = row.integer(column, ABSENT);
        if (n.isPresent() && n.get().signum() < 0) {
            throw new RowException(row.column(column), column + " is a count and cannot be negative: " + n.get());
        }
        return n;
    }

    /** A fiscal year {@code YYYY-YYYY} whose second year follows the first; blank is absent. */
    static Optional<String> fiscalYear(CsvRow row, String column) {
        return row.text(column).map(s -> {
            if (!org.govgraph.ingest.FiscalYear.is(s)) {
                throw new RowException(
                        row.column(column), column + " is not a fiscal year such as 2023-2024: '" + s + "'");
            }
            return s;
        });
    }

    /** The comma-separated codes of a field as concepts of {@code list}; an unknown code rejects the row. */
    static List<Node> codes(CsvRow row, String column, CodeList list) {
        List<Node> concepts = new ArrayList<>();
        for (String code : plainCodes(row, column)) {
            concepts.add(list.concept(code)
                    .orElseThrow(() -> new RowException(
                            row.column(column),
                            column + " has '" + code + "', which is not a known " + list.name() + " code")));
        }
        return concepts;
    }

    /** The comma-separated values of a field, stripped, blanks dropped. */
    static List<String> plainCodes(CsvRow row, String column) {
        List<String> codes = new ArrayList<>();
        for (String part : row.text(column).orElse("").split(",")) {
            if (!part.isBlank()) {
                codes.add(part.strip());
            }
        }
        return codes;
    }

    /** The English and French halves of an {@code "English | Français"} title. */
    static String[] bilingual(CsvRow row, String column) {
        String s = row.requireText(column);
        int bar = s.indexOf(" | ");
        if (bar <= 0 || bar != s.lastIndexOf(" | ") || bar + 3 >= s.length()) {
            throw new RowException(row.column(column), column + " is not 'English | Français': '" + s + "'");
        }
        return new String[] {s.substring(0, bar).strip(), s.substring(bar + 3).strip()};
    }

    /**
     * The program names of a field. The export writes them like a list of quoted strings,
     * {@code 'Registry Services'} or {@code 'A', "B's"}: the quotes are not part of the
     * names, so a field that is such a list yields its unquoted elements. Anything else is
     * kept as written, less one matching pair of surrounding quotes.
     */
    static List<String> programNames(CsvRow row, String column) {
        Optional<String> v = row.text(column);
        if (v.isEmpty()) {
            return List.of();
        }
        String s = v.get();
        List<String> names = new ArrayList<>();
        if (QUOTED_LIST.matcher(s).matches()) {
            Matcher m = QUOTED.matcher(s);
            while (m.find()) {
                String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return names;
        }
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.isEmpty() ? List.of() : List.of(s);
    }

    /**
     * The web pages a URL field links to. Departments put several links in one field
     * (separated by {@code <>} or white space) and often prose instead ("N/A", a page's
     * title): each token that starts as an http(s) address is a link, the rest is not and is
     * dropped, not a reason to lose the service. Whether a link is a legal IRI is decided
     * where every source's values are ({@link org.govgraph.ingest.IngestContext.Row#add}):
     * there one that ends in a no-break space is trimmed, and one that is not an IRI is left
     * out with a quality note, so no unparsable IRI can reach the store.
     */
    static List<Node> webPages(CsvRow row, String column) {
        List<Node> pages = new ArrayList<>();
        for (String token : URL_SEPARATOR.split(row.text(column).orElse(""))) {
            if (token.startsWith("http://") || token.startsWith("https://")) {
                pages.add(NodeFactory.createURI(token));
            }
        }
        return pages;
    }

    /** A decimal (plain notation, as xsd:decimal requires), absent when blank or a marker. */
    static Optional<Node> decimal(CsvRow row, String column) {
        return row.decimal(column, ABSENT)
                .map(d -> NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal));
    }

    static Node integer(BigInteger n) {
        return NodeFactory.createLiteralDT(n.toString(), XSDDatatype.XSDinteger);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node text(String s, String lang) {
        return NodeFactory.createLiteralLang(s, lang);
    }
}
