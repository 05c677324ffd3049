package org.govgraph.server.sparql;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.apache.jena.sparql.expr.ExprEvalException;

/**
 * SPARQL regular expressions compiled for RE2/J, whose matching time is linear in the
 * text, instead of {@code java.util.regex}, which backtracks: {@code (.*){1,1000}[bc]}
 * against thirty {@code x} ran for a minute there, past any time limit, because a match
 * in progress never looks at the query's deadline. RE2/J has no backtracking constructs
 * (back-references, look-around), which XPath regular expressions lack too.
 *
 * <p>RE2/J expands counted repetition when it compiles, so a short pattern with nested
 * counts ({@code ((a{1,1000}){1,1000}){1,1000}}) would need gigabytes: a pattern whose
 * expanded size is over {@link #MAX_SIZE} is refused before it is compiled.
 */
final class LinearRegex {
    /** The largest expanded pattern compiled: far above hand-written ones, a few MB of program at most. */
    static final long MAX_SIZE = 100_000;
    /** Groups nested deeper than this are refused (the compiler recurses on them). */
    static final int MAX_DEPTH = 100;

    private LinearRegex() {}

    /**
     * Compiles a SPARQL pattern with its flags ({@code i}, {@code s}, {@code m}, {@code x},
     * {@code q}); an invalid or too large one is an evaluation error, as SPARQL has it.
     */
    static Pattern compile(String pattern, String flags) {
        int mask = 0;
        String source = pattern;
        boolean quote = false;
        boolean comments = false;
        for (char flag : (flags == null ? "" : flags).toCharArray()) {
            switch (flag) {
                case 'i' -> mask |= Pattern.CASE_INSENSITIVE;
                case 's' -> mask |= Pattern.DOTALL;
                case 'm' -> mask |= Pattern.MULTILINE;
                case 'x' -> comments = true;
                case 'q' -> quote = true;
                default -> throw new ExprEvalException("Regex: unknown flag '" + flag + "'");
            }
        }
        if (quote) {
            source = Pattern.quote(pattern);
        } else if (comments) {
            source = withoutWhitespace(pattern);
        }
        long size = RegexSize.expanded(source, MAX_DEPTH);
        if (size > MAX_SIZE) {
            throw new ExprEvalException("Regex: the pattern is too large once its repetitions are counted (" + size
                    + " > " + MAX_SIZE + "); use smaller {n,m} counts");
        }
        try {
            return Pattern.compile(source, mask);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("Regex: " + e.getMessage());
        }
    }

    /** The {@code x} flag of XPath: whitespace outside character classes is removed before matching. */
    private static String withoutWhitespace(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (!inClass && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
