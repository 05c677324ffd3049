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
 * @param tables    the tables, read in this order: a table may refer only to tables before it
 */
record Mapping(SourceMeta source, @JsonProperty("iri-scheme") String iriScheme, Map<String, ChannelNode> channels,
               List<Table> tables) {

    /**
     * The catalog's description of the source; the source id is given on the command line.
     * {@code country}, an ISO 3166-1 alpha-3 code, is the country whose government the
     * organisations belong to ({@code dct:spatial} of each).
     */
    record SourceMeta(String title, String description, String publisher, String licence, String url, String country) {
    }

    /** A channel node: its title per language, its channel code, its home page. */
    record ChannelNode(Map<String, String> title, String type, String homepage) {
    }

    /**
     * One table (a CSV file or a workbook sheet) and what each of its rows describes: an
     * organisation or a service.
     */
    record Table(String name, String file, Csv csv, Xlsx xlsx, OrganisationRows organisation, ServiceRows service) {
    }

    /** How a CSV file is written. */
    record Csv(String delimiter, String encoding) {
    }

    /** Which sheet of a workbook holds the table. */
    record Xlsx(String sheet) {
    }

    /**
     * Rows that each describe an organisation.
     *
     * @param key         the column of its key (unique in the table)
     * @param name        per language, the column of its name
     * @param description per language, the column of its description
     * @param parent      the organisation it is part of ({@code org:subOrganizationOf})
     * @param links       columns holding web addresses
     */
    record OrganisationRows(String key, Map<String, String> name, Map<String, String> description, Reference parent,
                            List<Link> links) {
    }

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
     */
    record ServiceRows(String key, Map<String, String> title, Map<String, String> description,
                       @JsonProperty("derived-description") Map<String, String> derivedDescription, Reference authority,
                       Codes channels, Codes types, List<String> related, Stages stages, List<Link> links,
                       Report report) {
    }

    /**
     * What a row reports for one fiscal year: the column of the year ({@code 2023-2024}) and,
     * per column, the volume it counts ({@code numApplicationsOnline}, ...), with the markers
     * that mean no figure ({@code NA}, {@code -}).
     */
    record Report(@JsonProperty("fiscal-year") String fiscalYear, Map<String, String> volumes, List<String> absent) {
    }

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
     */
    record Reference(String table, String column, Map<String, String> same, String key, Map<String, String> name,
                     Reference parent) {
    }

    /**
     * A column of web addresses and the property they become. A value that is not an
     * absolute http(s) address is left out and kept in a quality annotation.
     *
     * @param column      the column
     * @param property    {@code foaf:page}, {@code foaf:homepage} or {@code foaf:logo}
     * @param invalidNote the annotation's text, with {@code {column}} and {@code {value}} in it
     */
    record Link(String column, String property, @JsonProperty("invalid-note") String invalidNote) {
    }

    /**
     * Codes that become concepts of a govgraph code list: read from a column (several per
     * field with a separator), through the agency's own codes, or fixed for every row.
     *
     * @param column    the column, absent when {@code fixed}
     * @param separator what separates several codes in a field; absent: one code per field
     * @param codes     the agency's code to govgraph's notation; absent: the field holds govgraph's notations
     * @param fixed     notations every row has
     */
    record Codes(String column, String separator, Map<String, String> codes, List<String> fixed) {
    }

    /**
     * The online status of a service's stages: per stage ({@code account-registration},
     * {@code authentication}, {@code application}, {@code decision}, {@code issuance},
     * {@code issue-resolution-feedback}) the column that holds it, and the codes that mean
     * online, offline and not applicable in the agency's language.
     */
    record Stages(Map<String, String> columns, StageCodes codes) {
    }

    /** The codes of each stage status. */
    record StageCodes(List<String> online, List<String> offline, @JsonProperty("not-applicable") List<String> notApplicable) {
    }
}
