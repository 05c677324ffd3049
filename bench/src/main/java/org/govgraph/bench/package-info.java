/**
 * The govgraph benchmark harness: {@link org.govgraph.bench.BenchCommand} runs each
 * benchmark with govgraph and the tool a user would pick instead, on the same data in the
 * same run, interleaved so that a noisy machine hurts both alike, and writes the ratios
 * under {@code bench/results/}. The slow reliability runs (kill -9 during ingest, load at
 * 32 clients) live here too, behind their own names.
 */
package org.govgraph.bench;
