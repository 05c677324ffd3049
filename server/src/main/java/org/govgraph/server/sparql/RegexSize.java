package org.govgraph.server.sparql;

import org.apache.jena.sparql.expr.ExprEvalException;

/**
 * The size a regular expression has once counted repetitions are expanded, as RE2/J's
 * compiler expands them: {@code a{3}} is three atoms, {@code (ab){2,5}} ten, nested counts
 * multiply. Read with a small recursive descent over the pattern's structure (groups,
 * alternatives, character classes, escapes, quantifiers); syntax errors are left to the
 * compiler, which reports them better.
 */
final class RegexSize {
    private final String pattern;
    private final int maxDepth;
    private int pos;

    private RegexSize(String pattern, int maxDepth) {
        this.pattern = pattern;
        this.maxDepth = maxDepth;
    }

    /** The expanded size of {@code pattern}; groups nested deeper than {@code maxDepth} are an evaluation error. */
    static long expanded(String pattern, int maxDepth) {
        return new RegexSize(pattern, maxDepth).alternatives(0);
    }

    /** {@code a|b|c} up to the end or the closing parenthesis of the group: the sizes add up. */
    private long alternatives(int depth) {
        if (depth > maxDepth) {
            throw new ExprEvalException("Regex: groups nested more than " + maxDepth + " deep");
        }
        long size = 0;
        while (pos < pattern.length() && pattern.charAt(pos) != ')') {
            if (pattern.charAt(pos) == '|') {
                pos++;
                size = saturated(size + 1);
                continue;
            }
            size = saturated(size + quantified(atom(depth)));
        }
        return size;
    }

    private long atom(int depth) {
        char c = pattern.charAt(pos++);
        switch (c) {
            case '\\' -> {
                pos = Math.min(pattern.length(), pos + 1);
                if (pos < pattern.length()
                        && pattern.charAt(pos) == '{'
                        && "pPx".indexOf(pattern.charAt(pos - 1)) >= 0) {
                    skipPast('}'); // \p{L}, \x{263a}
                }
                return 1;
            }
            case '[' -> {
                if (pos < pattern.length() && pattern.charAt(pos) == '^') {
                    pos++;
                }
                if (pos < pattern.length() && pattern.charAt(pos) == ']') {
                    pos++;
                }
                while (pos < pattern.length() && pattern.charAt(pos) != ']') {
                    if (pattern.charAt(pos) == '[' && pos + 1 < pattern.length() && pattern.charAt(pos + 1) == ':') {
                        pos = pattern.indexOf(":]", pos + 2) < 0
                                ? pattern.length()
                                : pattern.indexOf(":]", pos + 2) + 2;
                        continue;
                    }
                    pos += pattern.charAt(pos) == '\\' ? 2 : 1;
                }
                pos = Math.min(pattern.length(), pos + 1);
                return 1;
            }
            case '(' -> {
                long inner = alternatives(depth + 1);
                pos = Math.min(pattern.length(), pos + 1);
                return Math.max(1, inner);
            }
            default -> {
                return 1;
            }
        }
    }

    /** The atom's size times its largest count, for each quantifier after it ({@code a{2}{3}} is six). */
    private long quantified(long atom) {
        long size = atom;
        while (pos < pattern.length()) {
            char c = pattern.charAt(pos);
            if (c == '*' || c == '+' || c == '?') {
                pos++;
                size = saturated(size + 1);
            } else if (c == '{' && count() >= 0) {
                size = saturated(times(size, Math.max(1, count())) + 1);
                skipPast('}');
            } else {
                break;
            }
            if (pos < pattern.length() && pattern.charAt(pos) == '?') {
                pos++; // lazy
            }
        }
        return size;
    }

    /** The largest count of the {@code {n}}, {@code {n,}} or {@code {n,m}} at pos, or -1 when it is none. */
    private long count() {
        int end = pattern.indexOf('}', pos);
        if (end < 0) {
            return -1;
        }
        String body = pattern.substring(pos + 1, end);
        if (!body.matches("\\d{1,9}(,\\d{0,9})?")) {
            return -1;
        }
        String[] bounds = body.split(",", -1);
        long min = Long.parseLong(bounds[0]);
        if (bounds.length == 1) {
            return min; // {n}
        }
        return bounds[1].isEmpty() ? min + 1 : Math.max(min, Long.parseLong(bounds[1])); // {n,} compiles as n+1 atoms
    }

    private void skipPast(char c) {
        int end = pattern.indexOf(c, pos);
        pos = end < 0 ? pattern.length() : end + 1;
    }

    private static long times(long a, long b) {
        return a > LIMIT / b ? LIMIT : a * b;
    }

    private static final long LIMIT = Long.MAX_VALUE / 4;

    private static long saturated(long n) {
        return n < 0 || n > LIMIT ? LIMIT : n;
    }
}
