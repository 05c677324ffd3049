/**
 * Adapters for the Government of Canada's open service data: the Service Inventory
 * ({@code ca-si}), one CPSV-AP public service per {@code service_id} with a yearly
 * {@code gg:ServiceReport} per fiscal year, and the Service Standards ({@code ca-ss}),
 * each standard attached to its service with its target and performance. Codes in the
 * data are checked against the govgraph code lists, and every field that cannot be read
 * rejects its row naming the column.
 */
package org.govgraph.ingest.canada;
