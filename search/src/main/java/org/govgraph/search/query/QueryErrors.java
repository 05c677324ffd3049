package org.govgraph.search.query;

import java.util.Locale;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;

/** Rewrites the query parser's errors as advice a non-programmer can follow. */
final class QueryErrors {
    private QueryErrors() {}

    static String explain(String query, ParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryTranslator.FriendlyParseException friendly) {
                return friendly.getMessage();
            }
        }
        if (unescapedCount(query, '"') % 2 != 0) {
            return "The query has an opening quote (\") without a closing one: add the closing quote, "
                    + "or remove the quote to search for the words one by one.";
        }
        int depth = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return "The query has a ')' at position " + (i + 1)
                        + " without a '(' before it: remove it, or put it in quotes.";
            }
        }
        if (depth > 0) {
            return "The query has a '(' without a closing ')': add the ')', or remove the '('.";
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("not allowed as first character")) {
            return "A word cannot start with * or ?: write the start of the word and end it with *, as in pass*.";
        }
        String trimmed = query.strip();
        String[] words = trimmed.split("\\s+");
        String first = words[0];
        String last = words[words.length - 1];
        for (String op : new String[] {"AND", "OR", "NOT"}) {
            if (last.equals(op) || first.equals(op) && !op.equals("NOT")) {
                return "'" + op
                        + "' must stand between two words (passport OR visa). To search for the word itself, write it in lower case: "
                        + op.toLowerCase(Locale.ROOT) + ".";
            }
        }
        if (trimmed.endsWith(":") || trimmed.contains(": ")) {
            return "A filter needs a value right after the colon, as in online:yes or country:MYS. "
                    + "To search for text with a colon, put it in quotes.";
        }
        if (trimmed.endsWith("-") || trimmed.endsWith("+") || trimmed.contains("- ") || trimmed.contains("+ ")) {
            return "'-' excludes the word right after it (passport -visa): remove the space after '-', or the '-' itself.";
        }
        return "The query could not be read" + where(e) + ". Check the quotes, parentheses, '-' and ':' in it; "
                + "put text with special characters in quotes.";
    }

    private static String where(ParseException e) {
        // The parser wraps its own exception: the position is on the innermost one that has a token.
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
                Token next = pe.currentToken.next;
                return " near character " + next.beginColumn
                        + (next.image == null || next.image.isEmpty() ? "" : " ('" + next.image + "')");
            }
        }
        return "";
    }

    private static int unescapedCount(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
