package org.govgraph.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An HTML or SVG element being built: a name, attributes whose values are always escaped,
 * and children (strings are escaped, {@link Html} fragments and tags inserted as they are).
 */
public final class Tag {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private final String name;
    private final StringBuilder attributes = new StringBuilder();
    private final List<Object> children = new ArrayList<>();

    Tag(String name) {
        this.name = checkName(name);
    }

    /** Sets an attribute; a null value leaves it out. */
    public Tag attr(String attribute, Object value) {
        if (value != null) {
            attributes
                    .append(' ')
                    .append(checkName(attribute))
                    .append("=\"")
                    .append(Html.escape(value.toString()))
                    .append('"');
        }
        return this;
    }

    /** Sets a boolean attribute such as {@code checked} when {@code on}. */
    public Tag flag(String attribute, boolean on) {
        if (on) {
            attributes.append(' ').append(checkName(attribute));
        }
        return this;
    }

    /** Adds children: strings are escaped, fragments and tags inserted as they are, nulls skipped. */
    public Tag add(Object... parts) {
        if (VOID.contains(name) && parts.length > 0) {
            throw new IllegalStateException("<" + name + "> has no content");
        }
        children.addAll(List.of(nonNull(parts)));
        return this;
    }

    /** The element as markup. */
    public Html html() {
        StringBuilder sb = new StringBuilder();
        sb.append('<').append(name).append(attributes).append('>');
        if (!VOID.contains(name)) {
            children.forEach(c -> Html.append(sb, c));
            sb.append("</").append(name).append('>');
        }
        return Html.trusted(sb.toString());
    }

    @Override
    public String toString() {
        return html().toString();
    }

    private static Object[] nonNull(Object[] parts) {
        return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toArray();
    }

    private static String checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an element or attribute name: " + name);
        }
        return name;
    }
}
