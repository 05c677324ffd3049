/**
 * Synthetic service inventories derived from the real Canada inventory, deterministic for
 * a seed, so that ingest, search and serving can be measured at 10,000 to 1,000,000
 * services with the real data's shape and frequencies.
 */
package org.govgraph.ingest.generate;
