/**
 * CSV reading on Commons CSV with what the ingest needs on top: strict UTF-8, byte order
 * marks, required columns, the line each row starts on, and typed field readers whose
 * errors name the column.
 */
package org.govgraph.ingest.csv;
