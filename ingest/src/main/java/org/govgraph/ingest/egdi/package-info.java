/**
 * The {@code un-egdi} source: the UN E-Government Survey's development index (EGDI) and its
 * components, read from UNU-EGOV's coded re-publication ({@code egdi-YYYY.csv}), the UN
 * Data Center's own export ({@code EGOV_DATA_YYYY.csv}) and UNU-EGOV's country table
 * ({@code countries-data_EN.csv}), recognised by their headers and written as one RDF Data
 * Cube data set of country-year observations with the countries they are about.
 *
 * <p>The survey's real gaps are kept as gaps: a missing figure is absent, never zero, and
 * the zeros the survey published in place of a figure it did not compute are left out and
 * explained by a W3C DQV quality annotation on the observation (see
 * {@link org.govgraph.ingest.egdi.ObservationWriter}).
 */
package org.govgraph.ingest.egdi;
