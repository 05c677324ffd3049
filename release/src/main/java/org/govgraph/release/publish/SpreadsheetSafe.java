package org.govgraph.release.publish;

import java.util.regex.Pattern;

/**
 * Makes a CSV cell safe to open in a spreadsheet: a text cell that begins with a character
 * a spreadsheet reads as the start of a formula ({@code = + - @}, tab, carriage return) is
 * prefixed with an apostrophe, so {@code =HYPERLINK(...)} is shown, not run (CSV injection).
 * Plain numbers such as {@code -0.5} are left alone: they are data, not formulas.
 */
final class SpreadsheetSafe {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetSafe() {}

    static String cell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formulaStart =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formulaStart && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}
