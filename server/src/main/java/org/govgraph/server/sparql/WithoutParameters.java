package org.govgraph.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A request as if some of its parameters had not been sent. */
final class WithoutParameters extends HttpServletRequestWrapper {
    private final Set<String> hidden;

    WithoutParameters(HttpServletRequest request, Set<String> hidden) {
        super(request);
        this.hidden = hidden;
    }

    @Override
    public String getParameter(String name) {
        return hidden.contains(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return hidden.contains(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> shown = new LinkedHashMap<>(super.getParameterMap());
        shown.keySet().removeAll(hidden);
        return Collections.unmodifiableMap(shown);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }
}
