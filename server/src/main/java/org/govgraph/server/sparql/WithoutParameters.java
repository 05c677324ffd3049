package org.govgraph.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A request as if some of its parameters had not been sent, and others had been sent instead. */
final class WithoutParameters extends HttpServletRequestWrapper {
    private final Set<String> hidden;
    private final Map<String, String> added;

    WithoutParameters(HttpServletRequest request, Set<String> hidden) {
        this(request, hidden, Map.of());
    }

    /** {@code hidden} taken out, then {@code added} (name to value) put in. */
    WithoutParameters(HttpServletRequest request, Set<String> hidden, Map<String, String> added) {
        super(request);
        this.hidden = hidden;
        this.added = added;
    }

    @Override
    public String getParameter(String name) {
        if (added.containsKey(name)) {
            return added.get(name);
        }
        return hidden.contains(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        if (added.containsKey(name)) {
            return new String[] {added.get(name)};
        }
        return hidden.contains(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> shown = new LinkedHashMap<>(super.getParameterMap());
        shown.keySet().removeAll(hidden);
        added.forEach((name, value) -> shown.put(name, new String[] {value}));
        return Collections.unmodifiableMap(shown);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }
}
