package org.govgraph.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An element path of a mapping for XML records, relative to the record (or to a step):
 * element names separated by {@code /}, {@code *} for any one element, a last step
 * {@code @name} for an attribute, {@code {file}} for the file's name without its extension,
 * and alternatives {@code a|b}, the first of which that is present gives the values.
 *
 * @param text         the path as the mapping writes it
 * @param alternatives each alternative's steps
 */
record XmlPath(String text, List<List<String>> alternatives) {
    static final String FILE = "{file}";
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._-]*");

    /**
     * Parses a path.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static XmlPath parse(String text) {
        List<List<String>> alternatives = new ArrayList<>();
        for (String alternative : text.split("\\|", -1)) {
            String a = alternative.strip();
            if (a.isEmpty()) {
                throw new IllegalArgumentException("'" + text + "' has an empty alternative");
            }
            if (a.startsWith("/")) {
                throw new IllegalArgumentException("'" + a + "' must be relative to the record (no leading /)");
            }
            List<String> steps = List.of(a.split("/", -1));
            for (int i = 0; i < steps.size(); i++) {
                String step = steps.get(i);
                boolean last = i == steps.size() - 1;
                boolean ok = step.equals("*")
                        || NAME.matcher(step).matches()
                        || (last
                                && step.startsWith("@")
                                && NAME.matcher(step.substring(1)).matches())
                        || (steps.size() == 1 && step.equals(FILE));
                if (!ok) {
                    throw new IllegalArgumentException(
                            "'" + a + "' has the step '" + step + "', which is not an element"
                                    + " name, * or a last @attribute (or the whole path {file})");
                }
            }
            alternatives.add(steps);
        }
        return new XmlPath(text, alternatives);
    }

    @Override
    public String toString() {
        return text;
    }
}
