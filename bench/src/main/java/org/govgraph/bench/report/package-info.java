/**
 * The results of a bench run: one {@link org.govgraph.bench.report.ResultTable} per
 * benchmark, written by {@link org.govgraph.bench.report.Report} as JSON and as a Markdown
 * page under {@code bench/results/}, rewritten after each benchmark so that a run cut
 * short keeps what it measured.
 */
package org.govgraph.bench.report;
