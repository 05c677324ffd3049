package org.govgraph.ingest.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A mapping file as written, one record per YAML object: how the tables of one inventory
 * become CPSV-AP services, organisations and channels. {@link MappingFile} reads and
 * validates it; {@link MappedSource} applies it. Names follow the YAML keys
 * ({@code iri-scheme}, {@code not-applicable}, ...); the JSON Schema
 * {@code mappings/mapping.schema.json} says the same for editors, and the README's section
 * for data stewards walks through a commented example.
 *
 * @param source    what the catalog says of the source
 * @param iriScheme the segment in the IRIs minted for it: {@code id/service/{scheme}/{key}}
 * @param channels  channel nodes the source describes once (a national portal), by key
 * @param conceptSchemes the source's own code lists, by key: their values are minted as SKOS concepts
 * @param tables    the tables, read in this order: a table may refer only to tables before it
 */
record Mapping(
        SourceMeta source,
        @JsonProperty("iri-scheme") String iriScheme,
        Map<String, ChannelNode> channels,
        @JsonProperty("concept-schemes") Map<String, ConceptScheme> conceptSchemes,
        List<Table> tables) {

    /**
     * The catalog's description of the source; the source id is given on the command line.
     * {@code country}, an ISO 3166-1 alpha-3 code, is the country whose government the
     * organisations belong to ({@code dct:spatial} of each).
     */
    record SourceMeta(String title, String description, String publisher, String licence, String url, String country) {}

    /** A channel node: its title per language, its channel code, its home page. */
    record ChannelNode(Map<String, String> title, String type, String homepage) {}

    /**
     * A code list of the source's own (audience segments, areas of interest): each value a
     * column holds becomes a {@code skos:Concept} of this scheme, {@code id/concept/{iri-scheme}/{key}/{value}},
     * labelled with the value in {@code language}.
     */
    record ConceptScheme(Map<String, String> title, String language) {}

    /**
     * One table (a CSV file, a workbook sheet, or XML records) and what each of its rows
     * describes: an organisation or a service. For XML, {@code file} may be a pattern
     * ({@code *.xml}: every such file of the folder, in name order).
     */
    record Table(
            String name,
            String file,
            Csv csv,
            Xlsx xlsx,
            Xml xml,
            OrganisationRows organisation,
            ServiceRows service) {}

    /**
     * XML records: the path of the element each record is ({@code /servico} when a file is one
     * record, {@code /servicos/servico} for many), and the namespace its elements are in. The
     * table's "columns" are then element paths relative to the record: {@code nome},
     * {@code orgao/@id}, {@code nomes-populares/item} (every such element), {@code *} for any
     * one element, {@code a|b} for the first of two that is present, {@code {file}} for the
     * file's name without its extension.
     */
    record Xml(String record, String namespace) {}

    /** How a CSV file is written. */
    record Csv(String delimiter, String encoding) {}

    /** Which sheet of a workbook holds the table. */
    record Xlsx(String sheet) {}

    /**
     * Rows that each describe an organisation.
     *
     * @param key         the column of its key (unique in the table)
     * @param name        per language, the column of its name
     * @param description per language, the column of its description
     * @param parent      the organisation it is part of ({@code org:subOrganizationOf})
     * @param links       columns holding web addresses
     */
    record OrganisationRows(
            String key,
            Map<String, String> name,
            Map<String, String> description,
            Reference parent,
            List<Link> links) {}

    /**
     * Rows that each describe a service.
     *
     * @param key         the column of its key (unique in the table)
     * @param title       per language, the column of its title
     * @param description per language, the column of its description
     * @param derivedDescription per language, the description to give when the source has none: a
     *                    template in which {@code {authority}} is the name of the competent authority;
     *                    a quality annotation says that it is derived
     * @param authority   the organisation responsible for it ({@code cv:hasCompetentAuthority})
     * @param channels    its delivery channels, concepts of the channel code list
     * @param types       its service types, concepts of the service-type code list
     * @param related     keys of {@link Mapping#channels} nodes it is offered on ({@code dct:relation})
     * @param stages      the online status of each of its stages
     * @param links       columns holding web addresses
     * @param report      the row's fiscal year and volumes, as a {@code gg:ServiceReport} of that year
     * @param alternative per language, the column of its other names, the words people use for it ({@code dct:alternative})
     * @param keywords    per language, the column of its keywords ({@code dcat:keyword})
     * @param concepts    columns whose values are concepts of one of the source's {@link Mapping#conceptSchemes}
     * @param fee         whether a fee is charged ({@code gg:serviceFee})
     * @param steps       its steps, each with its own channels (XML only); they decide its online status
     * @param digital     whether the agency declares it digital ({@code gg:declaredDigital}); with
     *                    {@code steps}, a service is online end to end only when declared so
     */
    record ServiceRows(
            String key,
            Map<String, String> title,
            Map<String, String> description,
            @JsonProperty("derived-description") Map<String, String> derivedDescription,
            Reference authority,
            Codes channels,
            Codes types,
            List<String> related,
            Stages stages,
            List<Link> links,
            Report report,
            Map<String, String> alternative,
            Map<String, String> keywords,
            List<ConceptColumn> concepts,
            Flag fee,
            Steps steps,
            Flag digital) {}

    /**
     * A column whose values are concepts of one of the source's own schemes.
     *
     * @param column   the column (several values: a repeated element, or a separator)
     * @param property the property linking the service to them: {@code dct:audience}, {@code cv:thematicArea} or {@code cv:sector}
     * @param scheme   the key of the scheme in {@link Mapping#conceptSchemes}
     */
    record ConceptColumn(String column, String property, String scheme) {}

    /** A yes-or-no column: the values that mean yes and no; a blank field says nothing. */
    record Flag(String column, List<String> yes, List<String> no) {}

    /**
     * A service's steps, as XML elements under the record: each has a title, a description
     * and channels (read relative to the step's element). A step is online when one of its
     * channels is {@code ONL}; the service is online end to end when it is declared digital
     * (if {@code digital} is given), has a step, and every step is online.
     */
    record Steps(String path, Map<String, String> title, Map<String, String> description, Codes channels) {}

    /**
     * What a row reports for one fiscal year: the column of the year ({@code 2023-2024}) and,
     * per column, the volume it counts ({@code numApplicationsOnline}, ...), with the markers
     * that mean no figure ({@code NA}, {@code -}).
     */
    record Report(@JsonProperty("fiscal-year") String fiscalYear, Map<String, String> volumes, List<String> absent) {}

    /**
     * An organisation a row refers to: by key to a row of an earlier table ({@code table} and
     * {@code column}), or described in the row itself ({@code key}, {@code name} and an
     * optional {@code parent}, itself a reference).
     *
     * @param table  the earlier table whose key the column holds
     * @param column the column holding that key
     * @param same   columns of this row that must equal columns of the row referred to
     * @param key    for an organisation described in the row: the column of its key
     * @param name   for an organisation described in the row: per language, the column of its name
     * @param parent for an organisation described in the row: the organisation it is part of
     * @param match  for an organisation described in the row: a regular expression the key must
     *               match, whose first group is the key kept (so that {@code 77} and
     *               {@code http://.../unidade-organizacional/77} are one organisation)
     * @param sameAs for an organisation described in the row: the IRI it has in its government's
     *               own linked data, {@code http://.../unidade-organizacional/{key}} ({@code owl:sameAs})
     */
    record Reference(
            String table,
            String column,
            Map<String, String> same,
            String key,
            Map<String, String> name,
            Reference parent,
            String match,
            @JsonProperty("same-as") String sameAs) {}

    /**
     * A column of web addresses and the property they become. A value that is not an
     * absolute http(s) address is left out and kept in a quality annotation.
     *
     * @param column      the column
     * @param property    {@code foaf:page}, {@code foaf:homepage} or {@code foaf:logo}
     * @param invalidNote the annotation's text, with {@code {column}} and {@code {value}} in it
     */
    record Link(
            String column,
            String property,
            @JsonProperty("invalid-note") String invalidNote) {}

    /**
     * Codes that become concepts of a govgraph code list: read from a column (several per
     * field with a separator), through the agency's own codes, or fixed for every row.
     *
     * @param column    the column, absent when {@code fixed}
     * @param separator what separates several codes in a field; absent: one code per field
     * @param codes     the agency's code to govgraph's notation; absent: the field holds govgraph's notations
     * @param fixed     notations every row has
     */
    record Codes(String column, String separator, Map<String, String> codes, List<String> fixed) {}

    /**
     * The online status of a service's stages: per stage ({@code account-registration},
     * {@code authentication}, {@code application}, {@code decision}, {@code issuance},
     * {@code issue-resolution-feedback}) the column that holds it, and the codes that mean
     * online, offline and not applicable in the agency's language.
     */
    record Stages(Map<String, String> columns, StageCodes codes) {}

    /** The codes of each stage status. */
    record StageCodes(
            List<String> online,
            List<String> offline,
            @JsonProperty("not-applicable") List<String> notApplicable) {}
}
