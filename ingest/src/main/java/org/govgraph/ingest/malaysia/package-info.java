/**
 * Malaysia's public sector digitalisation figures and targets of 2021 (MAMPU, PSDSP
 * 2021-2025, MyDIGITAL) as RDF Data Cube observations of national indicators, each
 * citing the interview the figure was stated in.
 */
package org.govgraph.ingest.malaysia;
