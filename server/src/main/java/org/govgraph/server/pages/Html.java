package org.govgraph.server.pages;

import java.util.Collection;
import java.util.Objects;

/**
 * A fragment of HTML that is safe to insert into a page: either text that was escaped on
 * the way in, or markup built from such fragments by {@link Tag}.
 *
 * <p>Pages are built only from these fragments, so data can reach a page only through
 * {@link #text} (escaped) or {@link #trusted} (markup already escaped by a trusted producer,
 * such as the search module's highlighter); no string is ever concatenated into markup.
 */
public final class Html {
    /** The empty fragment. */
    public static final Html EMPTY = new Html("");

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /** Text shown as it is: every character that means something in HTML is escaped. */
    public static Html text(String text) {
        return new Html(escape(text == null ? "" : text));
    }

    /**
     * Markup that another component has already escaped, e.g. search snippets whose only
     * tags are the highlighter's {@code <mark>}. Never pass request or store data here.
     */
    public static Html trusted(String markup) {
        return new Html(Objects.requireNonNull(markup, "markup"));
    }

    /** A start tag builder: {@code Html.tag("a").attr("href", url).add("label")}. */
    public static Tag tag(String name) {
        return new Tag(name);
    }

    /**
     * A table of {@code rows} under one header row of plain column headings: the one shape of
     * every property and file table, so that each page names only its columns ({@code cssClass}
     * null for none).
     */
    public static Tag table(String cssClass, Tag rows, String... headings) {
        Tag header = tag("tr");
        for (String heading : headings) {
            header.add(tag("th").add(heading));
        }
        return tag("table").attr("class", cssClass).add(tag("thead").add(header), rows);
    }

    /** The parts one after another: strings are escaped, fragments and tags inserted as they are. */
    public static Html of(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            append(sb, part);
        }
        return new Html(sb.toString());
    }

    /** The fragments of a collection one after another. */
    public static Html join(Collection<?> parts) {
        return of(parts.toArray());
    }

    static void append(StringBuilder sb, Object part) {
        if (part == null) {
            return;
        }
        if (part instanceof Html html) {
            sb.append(html.markup);
        } else if (part instanceof Tag tag) {
            sb.append(tag.html().markup);
        } else if (part instanceof Collection<?> many) {
            many.forEach(p -> append(sb, p));
        } else {
            sb.append(escape(part.toString()));
        }
    }

    /**
     * Escapes text for HTML element content and for double- or single-quoted attribute
     * values. Control characters other than tab and newline are dropped: they are not
     * allowed in HTML text.
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    public boolean isEmpty() {
        return markup.isEmpty();
    }

    /** The markup. */
    @Override
    public String toString() {
        return markup;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Html other && other.markup.equals(markup);
    }

    @Override
    public int hashCode() {
        return markup.hashCode();
    }
}
