package org.govgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fiscal year as government inventories write it, {@code 2023-2024}: two years, the second following the first. */
public final class FiscalYear {
    private static final Pattern FISCAL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    private FiscalYear() {}

    /** Whether {@code s} is a fiscal year such as {@code 2023-2024}. */
    public static boolean is(String s) {
        Matcher m = FISCAL_YEAR.matcher(s);
        return m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1;
    }
}
