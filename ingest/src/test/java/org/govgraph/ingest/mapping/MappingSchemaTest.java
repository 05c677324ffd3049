package org.govgraph.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.govgraph.ingest.CodeList;
import org.govgraph.model.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published JSON Schema ({@code mappings/mapping.schema.json}) says what the reader reads, key for key. */
class MappingSchemaTest {
    private static JsonNode schema;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in =
                MappingSchemaTest.class.getClassLoader().getResourceAsStream("mappings/mapping.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyObjectOfTheSchemaHasTheKeysOfItsRecord() {
        Map<Class<?>, String> where = Map.ofEntries(
                Map.entry(Mapping.class, ""),
                Map.entry(Mapping.SourceMeta.class, "/properties/source"),
                Map.entry(Mapping.ChannelNode.class, "/properties/channels/additionalProperties"),
                Map.entry(Mapping.Table.class, "/$defs/table"),
                Map.entry(Mapping.Csv.class, "/$defs/table/properties/csv"),
                Map.entry(Mapping.Xlsx.class, "/$defs/table/properties/xlsx"),
                Map.entry(Mapping.OrganisationRows.class, "/$defs/organisationRows"),
                Map.entry(Mapping.ServiceRows.class, "/$defs/serviceRows"),
                Map.entry(Mapping.Reference.class, "/$defs/reference"),
                Map.entry(Mapping.Link.class, "/$defs/links/items"),
                Map.entry(Mapping.Codes.class, "/$defs/codes"),
                Map.entry(Mapping.Stages.class, "/$defs/stages"),
                Map.entry(Mapping.StageCodes.class, "/$defs/stages/properties/codes"),
                Map.entry(Mapping.Report.class, "/$defs/report"),
                Map.entry(Mapping.ConceptScheme.class, "/properties/concept-schemes/additionalProperties"),
                Map.entry(Mapping.Xml.class, "/$defs/table/properties/xml"),
                Map.entry(Mapping.ConceptColumn.class, "/$defs/serviceRows/properties/concepts/items"),
                Map.entry(Mapping.Flag.class, "/$defs/flag"),
                Map.entry(Mapping.Steps.class, "/$defs/steps"));
        assertEquals(
                Arrays.stream(Mapping.class.getDeclaredClasses())
                                .filter(Class::isRecord)
                                .count()
                        + 1,
                where.size(),
                "every record of Mapping has its place in the schema");
        where.forEach((record, pointer) -> {
            JsonNode object = schema.at(pointer);
            assertEquals(false, object.get("additionalProperties").asBoolean(true), pointer + " allows other keys");
            assertEquals(keys(record), names(object.get("properties")), pointer);
        });
    }

    @Test
    void theSchemasCodesAreGovgraphsCodes() {
        assertEquals(CodeList.channels().notations(), values(schema.at("/$defs/channelCode/enum")));
        assertEquals(CodeList.serviceTypes().notations(), values(schema.at("/$defs/serviceTypeCode/enum")));
        assertEquals(
                Arrays.stream(Stage.values()).map(Stage::key).collect(Collectors.toCollection(TreeSet::new)),
                names(schema.at("/$defs/stages/properties/columns/properties")));
        assertEquals(new TreeSet<>(RowWriter.VOLUME_PROPERTIES.keySet()), values(schema.at("/$defs/volume/enum")));
        assertEquals(
                new TreeSet<>(RowWriter.LINK_PROPERTIES.keySet()),
                values(schema.at("/$defs/links/items/properties/property/enum")));
        assertEquals(
                new TreeSet<>(RowWriter.CONCEPT_PROPERTIES.keySet()),
                values(schema.at("/$defs/serviceRows/properties/concepts/items/properties/property/enum")));
    }

    /** The YAML keys a record reads: its components, by their JSON name. */
    private static Set<String> keys(Class<?> record) {
        Set<String> keys = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
            if (p == null) {
                p = c.getAnnotation(JsonProperty.class);
            }
            keys.add(p != null ? p.value() : c.getName());
        }
        return keys;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
