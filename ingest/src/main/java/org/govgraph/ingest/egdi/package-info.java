/**
 * The {@code un-egdi} source: the UN E-Government Survey's development index (EGDI) and its
 * components, read from UNU-EGOV's coded re-publication ({@code egdi-YYYY.csv}), the UN
 * Data Center's own export ({@code EGOV_DATA_YYYY.csv}, as downloaded or re-saved with other
 * headers and a Region column) and UNU-EGOV's country table ({@code countries-data_EN.csv}),
 * recognised by their headers and written as one RDF Data Cube data set with one
 * observation per country and survey year (the observations that lack an index in parts of
 * it whose structures declare only what they carry, {@link org.govgraph.ingest.egdi.CubeParts}), whichever files supply it (two files that
 * supply the same one must agree), with the countries they are about and each index's
 * rank within its edition, derived from the published values ({@link org.govgraph.ingest.egdi.EditionRanks}).
 *
 * <p>The survey's real gaps are kept as gaps: a missing figure is absent, never zero, and
 * the zeros the survey published in place of a figure it did not compute are left out and
 * explained by a W3C DQV quality annotation on the observation; a row for a country that did
 * not exist yet is skipped as not surveyed (see
 * {@link org.govgraph.ingest.egdi.ObservationWriter}).
 */
package org.govgraph.ingest.egdi;
