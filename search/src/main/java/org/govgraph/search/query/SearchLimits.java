package org.govgraph.search.query;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.QueryTimeout;
import org.govgraph.search.QuerySyntaxException;
import org.govgraph.search.SearchTimeoutException;

/**
 * What one search may cost. Before a query is parsed its text is held to caps on length,
 * words, fuzzy words ({@code word~}) and nesting of parentheses, each refused with advice
 * (the parser recurses on parentheses, and every fuzzy word becomes an automaton matched
 * against the terms of every text field: 200 of them took a minute). While it runs, a
 * search is held to a deadline: the index reader checks it as it enumerates terms (where
 * fuzzy and prefix words spend their time) and stops the search past it.
 */
public final class SearchLimits {
    /** Characters in a query: a long sentence, not a document. */
    public static final int MAX_LENGTH = 1_000;
    /** Words, phrases and filters in a query. */
    public static final int MAX_WORDS = 32;
    /** Fuzzy words ({@code word~} or {@code word~2}) in a query. */
    public static final int MAX_FUZZY = 4;
    /** Parentheses nested in a query. */
    public static final int MAX_DEPTH = 8;
    /** How long one search may run unless the server is told otherwise ({@code govgraph serve --search-deadline}). */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(5);

    private static final ThreadLocal<Long> DEADLINE_NANOS = new ThreadLocal<>();
    /** The reader's check: past the deadline of the search running on this thread, if any. */
    private static final QueryTimeout PAST_DEADLINE = () -> {
        Long deadline = DEADLINE_NANOS.get();
        return deadline != null && System.nanoTime() - deadline > 0;
    };

    private SearchLimits() {}

    /** Refuses a query text over any of the caps, saying how to make it smaller. */
    public static void check(String text) {
        int words = 0;
        int fuzzy = 0;
        int depth = 0;
        int maxDepth = 0;
        boolean quoted = false;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
                if (quoted) {
                    words++; // A phrase counts as one word, whatever its length.
                }
                inWord = false;
                continue;
            }
            if (quoted) {
                continue;
            }
            if (c == '(') {
                maxDepth = Math.max(maxDepth, ++depth);
                inWord = false;
            } else if (c == ')') {
                depth--;
                inWord = false;
            } else if (Character.isWhitespace(c)) {
                inWord = false;
            } else {
                if (!inWord && !operatorAt(text, i)) {
                    words++;
                }
                inWord = true;
                if (c == '~') {
                    fuzzy++;
                }
            }
        }
        if (maxDepth > MAX_DEPTH) {
            throw new QuerySyntaxException("The query nests parentheses " + maxDepth + " deep; searches take up to "
                    + MAX_DEPTH + ": write alternatives side by side, as in (passport OR visa) renewal.");
        }
        if (words > MAX_WORDS) {
            throw new QuerySyntaxException("The query has " + words + " words, phrases or filters; searches take up to "
                    + MAX_WORDS + ": keep the ones that matter most, or add a filter such as country:MYS.");
        }
        if (fuzzy > MAX_FUZZY) {
            throw new QuerySyntaxException(
                    "The query has " + fuzzy + " fuzzy words (word~); searches take up to " + MAX_FUZZY
                            + ": misspellings are tolerated anyway when nothing matches exactly, so leave out the ~.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new QuerySyntaxException("The query is " + text.length() + " characters long; searches take up to "
                    + MAX_LENGTH + ": keep the few words that matter most.");
        }
    }

    /** True when an operator (AND, OR, NOT, &&, ||) starts at {@code i} and stands alone. */
    private static boolean operatorAt(String text, int i) {
        int end = i;
        while (end < text.length()
                && !Character.isWhitespace(text.charAt(end))
                && text.charAt(end) != '('
                && text.charAt(end) != ')') {
            end++;
        }
        String token = text.substring(i, end);
        return token.equals("AND")
                || token.equals("OR")
                || token.equals("NOT")
                || token.equals("&&")
                || token.equals("||");
    }

    /** The reader searches run on: it stops a search that runs past its {@link #run deadline}. */
    public static DirectoryReader deadlineChecked(DirectoryReader reader) throws IOException {
        return ExitableDirectoryReader.wrap(reader, PAST_DEADLINE);
    }

    /** A search, as a function that may read the index. */
    @FunctionalInterface
    public interface Search<T> {
        T run();
    }

    /**
     * Runs {@code search} under the {@link #DEFAULT_DEADLINE} on this thread (a search within another
     * keeps the outer one's); past it, the search ends with {@link SearchTimeoutException}.
     */
    public static <T> T run(Search<T> search) {
        return run(search, DEFAULT_DEADLINE);
    }

    /** As {@link #run(Search)}, with a deadline of its own (the server's setting; tests use zero). */
    public static <T> T run(Search<T> search, Duration deadline) {
        if (DEADLINE_NANOS.get() != null) {
            return search.run();
        }
        DEADLINE_NANOS.set(System.nanoTime() + deadline.toNanos());
        try {
            return search.run();
        } catch (ExitableDirectoryReader.ExitingReaderException e) {
            throw timedOut(deadline, e);
        } finally {
            DEADLINE_NANOS.remove();
        }
    }

    /**
     * The error of a search stopped at its deadline, one message whichever backend stopped it
     * (the Lucene reader here, an OpenSearch cluster's {@code timeout} or its client's).
     */
    public static SearchTimeoutException timedOut(Duration deadline, Throwable cause) {
        return new SearchTimeoutException(
                "The search took longer than " + deadline.toMillis() + " ms and was"
                        + " stopped: use fewer words with * or ~, or add a filter.",
                cause);
    }
}
