package org.govgraph.ingest.mapping;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Every column a table's mapping names, which the table's header must have. */
final class MappingColumns {
    private MappingColumns() {}

    static Set<String> of(Mapping.Table table) {
        Set<String> columns = new LinkedHashSet<>();
        if (table.organisation() != null) {
            Mapping.OrganisationRows o = table.organisation();
            columns.add(o.key());
            values(columns, o.name());
            values(columns, o.description());
            reference(columns, o.parent());
            links(columns, o.links());
        } else {
            Mapping.ServiceRows s = table.service();
            columns.add(s.key());
            values(columns, s.title());
            values(columns, s.description());
            reference(columns, s.authority());
            codes(columns, s.channels());
            codes(columns, s.types());
            if (s.stages() != null) {
                columns.addAll(s.stages().columns().values());
            }
            links(columns, s.links());
            values(columns, s.alternative());
            values(columns, s.keywords());
            if (s.concepts() != null) {
                s.concepts().forEach(c -> columns.add(c.column()));
            }
            flag(columns, s.fee());
            flag(columns, s.digital());
            if (s.steps() != null) {
                // The steps' own paths are relative to each step: they are checked on the steps, not the record.
                columns.add(s.steps().path());
            }
            if (s.report() != null) {
                columns.add(s.report().fiscalYear());
                if (s.report().volumes() != null) {
                    columns.addAll(s.report().volumes().keySet());
                }
            }
        }
        return columns;
    }

    private static void reference(Set<String> columns, Mapping.Reference r) {
        if (r == null) {
            return;
        }
        if (r.table() != null) {
            columns.add(r.column());
            if (r.same() != null) {
                columns.addAll(r.same().keySet());
            }
        } else {
            columns.add(r.key());
            values(columns, r.name());
            reference(columns, r.parent());
        }
    }

    private static void flag(Set<String> columns, Mapping.Flag f) {
        if (f != null) {
            columns.add(f.column());
        }
    }

    private static void codes(Set<String> columns, Mapping.Codes c) {
        if (c != null && c.column() != null) {
            columns.add(c.column());
        }
    }

    private static void links(Set<String> columns, java.util.List<Mapping.Link> links) {
        if (links != null) {
            links.forEach(l -> columns.add(l.column()));
        }
    }

    private static void values(Set<String> columns, Map<String, String> byLanguage) {
        if (byLanguage != null) {
            columns.addAll(byLanguage.values());
        }
    }
}
