package org.govgraph.ingest.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.govgraph.ingest.CodeList;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.ingest.WebAddress;
import org.govgraph.model.Stage;

/**
 * What a mapping must say beyond its YAML shape, checked before any table is opened: the
 * required keys, one kind of row per table, references to earlier organisation tables
 * only, code-list notations and stage names that govgraph knows, web-address properties
 * it can write. The first problem found is thrown, at the line and column of the value
 * at fault, in words a data steward can act on.
 */
final class MappingCheck {
    private static final Pattern SCHEME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Set<String> LINK_PROPERTIES = RowWriter.LINK_PROPERTIES.keySet();

    private final Path file;
    private final Mapping mapping;
    private final Map<String, JsonLocation> locations;
    private final CodeList channels = CodeList.channels();
    private final CodeList serviceTypes = CodeList.serviceTypes();

    MappingCheck(Path file, Mapping mapping, Map<String, JsonLocation> locations) {
        this.file = file;
        this.mapping = mapping;
        this.locations = locations;
    }

    void run() {
        require(mapping.source(), "/source", "the source's title, description, publisher, licence and url");
        Mapping.SourceMeta s = mapping.source();
        requireText(s.title(), "/source/title", "the source's title");
        requireText(s.publisher(), "/source/publisher", "who publishes the original");
        requireText(s.licence(), "/source/licence", "the licence's web address");
        webAddress(s.licence(), "/source/licence");
        requireText(s.url(), "/source/url", "where the original is published");
        webAddress(s.url(), "/source/url");
        requireText(
                mapping.iriScheme(), "/iri-scheme", "the segment of the IRIs minted (e.g. my for id/service/my/...)");
        if (!SCHEME.matcher(mapping.iriScheme()).matches()) {
            fail(
                    "/iri-scheme",
                    "iri-scheme '" + mapping.iriScheme() + "' must be lower-case letters, digits and -,"
                            + " at most 32, e.g. my-jim");
        }
        if (mapping.channels() != null) {
            mapping.channels().forEach((key, node) -> {
                String at = "/channels/" + key;
                require(node, at, "a channel's title, type and homepage");
                requireLanguages(node.title(), at + "/title", "the channel's title per language");
                notation(channels, node.type(), at + "/type");
                if (node.homepage() != null) {
                    webAddress(node.homepage(), at + "/homepage");
                }
            });
        }
        if (mapping.conceptSchemes() != null) {
            mapping.conceptSchemes().forEach((key, scheme) -> {
                String at = "/concept-schemes/" + key;
                require(scheme, at, "a concept scheme's title and language");
                if (!SCHEME.matcher(key).matches()) {
                    fail(at, "the concept scheme key '" + key + "' must be lower-case letters, digits and -");
                }
                requireLanguages(scheme.title(), at + "/title", "the scheme's title per language");
                requireText(scheme.language(), at + "/language", "the language of the values, e.g. pt");
                if (!LANGUAGE.matcher(scheme.language()).matches()) {
                    fail(at + "/language", "'" + scheme.language() + "' is not a language tag such as en, fr or pt");
                }
            });
        }
        if (mapping.tables() == null || mapping.tables().isEmpty()) {
            fail("/tables", "tables is required: the list of files (or sheets) and what their rows describe");
        }
        Set<String> names = new HashSet<>();
        List<Mapping.Table> earlier = new ArrayList<>();
        for (int i = 0; i < mapping.tables().size(); i++) {
            Mapping.Table t = mapping.tables().get(i);
            String at = "/tables/" + i;
            require(t, at, "a table");
            requireText(t.name(), at + "/name", "the table's name, by which other tables refer to it");
            if (!names.add(t.name())) {
                fail(at + "/name", "a second table named '" + t.name() + "'");
            }
            requireText(t.file(), at + "/file", "the table's file name");
            table(t, at, earlier);
            earlier.add(t);
        }
    }

    private void table(Mapping.Table t, String at, List<Mapping.Table> earlier) {
        if (t.csv() != null && t.xlsx() != null) {
            fail(at + "/xlsx", "a table is either csv or xlsx, not both");
        }
        if (t.xml() != null) {
            xml(t, at);
        } else if (MappedSource.isPattern(t.file())) {
            fail(at + "/file", "'" + t.file() + "' is a pattern: only XML records (xml:) are read from several files");
        }
        if (TableFile.isWorkbook(t) && t.csv() != null) {
            fail(at + "/csv", "'" + t.file() + "' is a workbook: give xlsx (and its sheet), not csv");
        }
        if (t.csv() != null) {
            if (t.csv().delimiter() != null && t.csv().delimiter().length() != 1) {
                fail(
                        at + "/csv/delimiter",
                        "the delimiter must be one character, not '" + t.csv().delimiter() + "'");
            }
            if (t.csv().encoding() != null && !Charset.isSupported(t.csv().encoding())) {
                fail(at + "/csv/encoding", "unknown encoding '" + t.csv().encoding() + "' (e.g. UTF-8, windows-1252)");
            }
        }
        if ((t.organisation() == null) == (t.service() == null)) {
            fail(at, "a table's rows describe either an organisation or a service: give exactly one of the two");
        }
        if (t.organisation() != null) {
            Mapping.OrganisationRows o = t.organisation();
            requireText(o.key(), at + "/organisation/key", "the column of the organisation's key");
            requireLanguages(
                    o.name(), at + "/organisation/name", "per language, the column of the organisation's name");
            optionalLanguages(o.description(), at + "/organisation/description");
            reference(o.parent(), at + "/organisation/parent", earlier);
            links(o.links(), at + "/organisation/links");
        } else {
            Mapping.ServiceRows s = t.service();
            String sat = at + "/service";
            requireText(s.key(), sat + "/key", "the column of the service's key");
            requireLanguages(s.title(), sat + "/title", "per language, the column of the service's title");
            optionalLanguages(s.description(), sat + "/description");
            reference(s.authority(), sat + "/authority", earlier);
            codes(s.channels(), sat + "/channels", channels);
            codes(s.types(), sat + "/types", serviceTypes);
            if (s.related() != null) {
                for (int i = 0; i < s.related().size(); i++) {
                    String key = s.related().get(i);
                    if (mapping.channels() == null || !mapping.channels().containsKey(key)) {
                        fail(
                                sat + "/related/" + i,
                                "'" + key + "' is not one of the channels the mapping describes"
                                        + (mapping.channels() == null
                                                ? " (it describes none)"
                                                : ": " + mapping.channels().keySet()));
                    }
                }
            }
            stages(s.stages(), sat + "/stages");
            links(s.links(), sat + "/links");
            report(s.report(), sat + "/report");
            optionalLanguages(s.alternative(), sat + "/alternative");
            optionalLanguages(s.keywords(), sat + "/keywords");
            concepts(s.concepts(), sat + "/concepts");
            flag(s.fee(), sat + "/fee");
            flag(s.digital(), sat + "/digital");
            if (s.steps() != null) {
                if (t.xml() == null) {
                    fail(sat + "/steps", "steps are read from XML records only (give xml: with the record path)");
                }
                if (s.stages() != null) {
                    fail(sat + "/steps", "a service's online status comes from its stages or from its steps, not both");
                }
                requireText(s.steps().path(), sat + "/steps/path", "the path of the step elements, e.g. etapas/etapa");
                optionalLanguages(s.steps().title(), sat + "/steps/title");
                optionalLanguages(s.steps().description(), sat + "/steps/description");
                codes(s.steps().channels(), sat + "/steps/channels", channels);
            }
        }
    }

    private void reference(Mapping.Reference r, String at, List<Mapping.Table> earlier) {
        if (r == null) {
            return;
        }
        if (r.table() != null) {
            requireText(r.column(), at + "/column", "the column holding the key of a row of table " + r.table());
            Mapping.Table target = earlier.stream()
                    .filter(t -> t.name().equals(r.table()))
                    .findFirst()
                    .orElse(null);
            if (target == null) {
                fail(
                        at + "/table",
                        "'" + r.table() + "' is not a table before this one; the tables before it are: "
                                + earlier.stream().map(Mapping.Table::name).toList());
            }
            if (target.organisation() == null) {
                fail(at + "/table", "table '" + r.table() + "' describes services, not organisations");
            }
            if (r.key() != null || r.name() != null || r.parent() != null) {
                fail(at, "an organisation is referred to by table and column, or described by key and name, not both");
            }
            if (r.match() != null || r.sameAs() != null) {
                fail(
                        at + (r.match() != null ? "/match" : "/same-as"),
                        "match and same-as are for an organisation" + " described in the row (key and name)");
            }
        } else {
            if (r.same() != null) {
                fail(at + "/same", "same compares with the row of another table: give table and column");
            }
            if (r.match() != null) {
                try {
                    if (java.util.regex.Pattern.compile(r.match()).matcher("").groupCount() > 1) {
                        fail(at + "/match", "match may have one group, the key kept; it has more");
                    }
                } catch (java.util.regex.PatternSyntaxException e) {
                    fail(at + "/match", "'" + r.match() + "' is not a regular expression: " + e.getDescription());
                }
            }
            if (r.sameAs() != null
                    && (!r.sameAs().contains("{key}")
                            || WebAddress.parse(r.sameAs().replace("{key}", "1"))
                                    .isEmpty())) {
                fail(
                        at + "/same-as",
                        "same-as must be an http(s) address with {key} in it, e.g."
                                + " http://estruturaorganizacional.dados.gov.br/id/unidade-organizacional/{key}");
            }
            requireText(
                    r.key(),
                    at + "/key",
                    "the column of the organisation's key (or table and column of an"
                            + " earlier table holding the organisations)");
            requireLanguages(r.name(), at + "/name", "per language, the column of the organisation's name");
            reference(r.parent(), at + "/parent", earlier);
        }
    }

    /** An XML table: its record path, and every path of the mapping well written. */
    private void xml(Mapping.Table t, String at) {
        if (t.csv() != null || t.xlsx() != null) {
            fail(at + "/xml", "a table is one of csv, xlsx or xml");
        }
        requireText(
                t.xml().record(), at + "/xml/record", "the path of the record elements from the root, e.g. /servico");
        if (!t.xml().record().matches("(/[\\p{L}_][\\p{L}\\p{N}._-]*)+")) {
            fail(
                    at + "/xml/record",
                    "'" + t.xml().record() + "' must be element names from the root, e.g. /servico or"
                            + " /servicos/servico");
        }
        java.util.Set<String> paths = new java.util.LinkedHashSet<>(MappingColumns.of(t));
        Mapping.Steps steps = t.service() == null ? null : t.service().steps();
        if (steps != null) {
            if (steps.title() != null) {
                paths.addAll(steps.title().values());
            }
            if (steps.description() != null) {
                paths.addAll(steps.description().values());
            }
            if (steps.channels() != null && steps.channels().column() != null) {
                paths.add(steps.channels().column());
            }
        }
        for (String path : paths) {
            try {
                XmlPath.parse(path);
            } catch (IllegalArgumentException e) {
                fail(
                        at + "/" + (t.service() != null ? "service" : "organisation"),
                        "the element path " + e.getMessage());
            }
        }
    }

    private void concepts(List<Mapping.ConceptColumn> concepts, String at) {
        if (concepts == null) {
            return;
        }
        for (int i = 0; i < concepts.size(); i++) {
            Mapping.ConceptColumn c = concepts.get(i);
            String cat = at + "/" + i;
            requireText(c.column(), cat + "/column", "the column holding the values");
            requireText(
                    c.property(),
                    cat + "/property",
                    "the property, one of " + new java.util.TreeSet<>(RowWriter.CONCEPT_PROPERTIES.keySet()));
            if (!RowWriter.CONCEPT_PROPERTIES.containsKey(c.property())) {
                fail(
                        cat + "/property",
                        "'" + c.property() + "' is not one of "
                                + new java.util.TreeSet<>(RowWriter.CONCEPT_PROPERTIES.keySet()));
            }
            requireText(c.scheme(), cat + "/scheme", "the key of one of the concept-schemes");
            if (mapping.conceptSchemes() == null || !mapping.conceptSchemes().containsKey(c.scheme())) {
                fail(
                        cat + "/scheme",
                        "'" + c.scheme() + "' is not one of the concept-schemes the mapping describes"
                                + (mapping.conceptSchemes() == null
                                        ? " (it describes none)"
                                        : ": " + mapping.conceptSchemes().keySet()));
            }
        }
    }

    private void flag(Mapping.Flag f, String at) {
        if (f == null) {
            return;
        }
        requireText(f.column(), at + "/column", "the column of the yes-or-no field");
        if (f.yes() == null || f.yes().isEmpty()) {
            fail(at + "/yes", "yes is required: the values that mean yes");
        }
        if (f.no() == null || f.no().isEmpty()) {
            fail(at + "/no", "no is required: the values that mean no");
        }
        for (String v : f.yes()) {
            if (f.no().contains(v)) {
                fail(at, "the value '" + v + "' is given for yes and for no");
            }
        }
    }

    private void codes(Mapping.Codes c, String at, CodeList list) {
        if (c == null) {
            return;
        }
        if ((c.column() == null) == (c.fixed() == null)) {
            fail(at, "give either column (codes read from each row) or fixed (codes every row has)");
        }
        if (c.fixed() != null) {
            for (int i = 0; i < c.fixed().size(); i++) {
                notation(list, c.fixed().get(i), at + "/fixed/" + i);
            }
        }
        if (c.codes() != null) {
            c.codes().forEach((code, notation) -> notation(list, notation, at + "/codes/" + code));
        }
    }

    private void stages(Mapping.Stages s, String at) {
        if (s == null) {
            return;
        }
        if (s.columns() == null || s.columns().isEmpty()) {
            fail(at + "/columns", "columns is required: per stage, the column of its online status");
        }
        Set<String> known =
                Arrays.stream(Stage.values()).map(Stage::key).collect(Collectors.toCollection(java.util.TreeSet::new));
        s.columns().forEach((stage, column) -> {
            if (!known.contains(stage)) {
                fail(at + "/columns/" + stage, "'" + stage + "' is not a stage; the stages are: " + known);
            }
        });
        require(s.codes(), at + "/codes", "the codes that mean online, offline and not applicable");
        if (s.codes().online() == null || s.codes().online().isEmpty()) {
            fail(at + "/codes/online", "online is required: the codes that mean a stage can be done online");
        }
        if (s.codes().offline() == null || s.codes().offline().isEmpty()) {
            fail(at + "/codes/offline", "offline is required: the codes that mean a stage cannot be done online");
        }
        Set<String> seen = new HashSet<>();
        for (List<String> list : java.util.Arrays.asList(
                s.codes().online(), s.codes().offline(), s.codes().notApplicable())) {
            for (String code : list == null ? List.<String>of() : list) {
                if (!seen.add(code)) {
                    fail(at + "/codes", "the code '" + code + "' is given for two statuses");
                }
            }
        }
    }

    private void report(Mapping.Report r, String at) {
        if (r == null) {
            return;
        }
        requireText(
                r.fiscalYear(), at + "/fiscal-year", "the column of the fiscal year each row reports (e.g. 2023-2024)");
        if (r.volumes() != null) {
            r.volumes().forEach((column, name) -> {
                if (!RowWriter.VOLUME_PROPERTIES.containsKey(name)) {
                    fail(
                            at + "/volumes/" + column,
                            "'" + name + "' is not a volume govgraph records; the volumes are: "
                                    + new java.util.TreeSet<>(RowWriter.VOLUME_PROPERTIES.keySet()));
                }
            });
        }
    }

    private void links(List<Mapping.Link> links, String at) {
        if (links == null) {
            return;
        }
        for (int i = 0; i < links.size(); i++) {
            Mapping.Link l = links.get(i);
            requireText(l.column(), at + "/" + i + "/column", "the column holding the web address");
            requireText(l.property(), at + "/" + i + "/property", "the property, one of " + LINK_PROPERTIES);
            if (!LINK_PROPERTIES.contains(l.property())) {
                fail(
                        at + "/" + i + "/property",
                        "'" + l.property() + "' is not one of " + new java.util.TreeSet<>(LINK_PROPERTIES));
            }
        }
    }

    private void webAddress(String value, String at) {
        if (WebAddress.parse(value).isEmpty()) {
            fail(at, "'" + value + "' is not an absolute http(s) web address");
        }
    }

    private void notation(CodeList list, String notation, String at) {
        requireText(notation, at, "a " + list.name() + " code");
        if (list.concept(notation).isEmpty()) {
            fail(
                    at,
                    "'" + notation + "' is not a govgraph " + list.name() + " code; the codes are: "
                            + list.notations());
        }
    }

    private void requireLanguages(Map<String, String> columns, String at, String what) {
        if (columns == null || columns.isEmpty()) {
            fail(at, at.substring(at.lastIndexOf('/') + 1) + " is required: " + what + " (e.g. en: title_column)");
        }
        optionalLanguages(columns, at);
    }

    private void optionalLanguages(Map<String, String> columns, String at) {
        if (columns == null) {
            return;
        }
        columns.forEach((lang, column) -> {
            if (!LANGUAGE.matcher(lang).matches()) {
                fail(at + "/" + lang, "'" + lang + "' is not a language tag such as en, fr or ms");
            }
            requireText(column, at + "/" + lang, "the column of the " + lang + " text");
        });
    }

    private void require(Object value, String at, String what) {
        if (value == null) {
            fail(at, at.substring(at.lastIndexOf('/') + 1) + " is required: " + what);
        }
    }

    private void requireText(String value, String at, String what) {
        if (value == null || value.isBlank()) {
            fail(at, at.substring(at.lastIndexOf('/') + 1) + " is required: " + what);
        }
    }

    /** Throws the problem at the location of {@code pointer}, or of its nearest parent that was written. */
    private void fail(String pointer, String problem) {
        String p = pointer;
        JsonLocation loc = locations.get(p);
        while (loc == null && !p.isEmpty()) {
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
            loc = locations.get(p);
        }
        String where = pointer.replaceAll("/(\\d+)", "[$1]").replace('/', '.').replaceFirst("^\\.", "");
        throw new SourceFormatException(
                file,
                loc == null ? 0 : loc.getLineNr(),
                loc == null ? 0 : loc.getColumnNr(),
                (where.isEmpty() ? "" : where + ": ") + problem);
    }
}
