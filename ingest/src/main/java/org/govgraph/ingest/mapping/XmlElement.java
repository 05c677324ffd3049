package org.govgraph.ingest.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of an XML record as the reader built it: its local name, attributes, text
 * (character data and CDATA, joined) and child elements, and where it sits, so that a
 * value can be named by its exact path ({@code /servico/etapas/etapa[2]/titulo}).
 */
final class XmlElement {
    private final String name;
    private final XmlElement parent;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();
    /** 1-based position among the parent's children of the same name. */
    private int position = 1;
    /** How many children of the parent have this name. */
    private int namesakes = 1;

    private String place;

    XmlElement(String name, XmlElement parent) {
        this.name = name;
        this.parent = parent;
    }

    String name() {
        return name;
    }

    /** The enclosing element, or null for the record's own element. */
    XmlElement parent() {
        return parent;
    }

    Map<String, String> attributes() {
        return attributes;
    }

    List<XmlElement> children() {
        return children;
    }

    void appendText(String characters) {
        text.append(characters);
    }

    /** The element's own text, stripped of surrounding white space. */
    String text() {
        return text.toString().strip();
    }

    /** Adds a child and keeps the positions among namesakes up to date. */
    XmlElement addChild(String childName) {
        XmlElement child = new XmlElement(childName, this);
        int same = 0;
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                same++;
            }
        }
        child.position = same + 1;
        children.add(child);
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                c.namesakes = same + 1;
            }
        }
        return child;
    }

    /**
     * The element's path from the document root, with a position where it has namesakes:
     * {@code /servico/etapas/etapa[2]}. Asked for once the record is complete.
     */
    String place() {
        if (place == null) {
            String me = name + (namesakes > 1 ? "[" + position + "]" : "");
            place = (parent == null ? "" : parent.place()) + "/" + me;
        }
        return place;
    }

    /** The record's root keeps a path above it (e.g. {@code /servicos/servico[3]}) set by the reader. */
    void place(String absolute) {
        this.place = absolute;
    }
}
