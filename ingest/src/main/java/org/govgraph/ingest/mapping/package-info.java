/**
 * Sources defined by a mapping file instead of an adapter class: a YAML file (read with
 * Jackson into {@link org.govgraph.ingest.mapping.Mapping}, published as the JSON Schema
 * {@code mappings/mapping.schema.json}) says how the tables of an inventory, CSV files or
 * workbook sheets read with POI's streaming reader, or XML records read with the JDK's
 * streaming reader (StAX; "columns" are then element paths, see
 * {@link org.govgraph.ingest.mapping.XmlPath}), become CPSV-AP services, organisations,
 * channels, code-list concepts, stage statuses or steps. The mapping is checked before any row is
 * read ({@link org.govgraph.ingest.mapping.MappingFile}), then applied row by row by
 * {@link org.govgraph.ingest.mapping.MappedSource}, a {@link org.govgraph.ingest.SourceAdapter}
 * like any other, so that SHACL, rejects, the atomic write and provenance are the runner's.
 */
package org.govgraph.ingest.mapping;
