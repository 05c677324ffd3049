/**
 * How a release is made and published, in one place: {@link org.govgraph.release.Releases}
 * holds the platform's releases (the one served, the next one built aside), and every write
 * goes through it: a {@link org.govgraph.release.Candidate} copied from the current release,
 * changed, published, indexed and switched to atomically, so that store, index, catalog and
 * downloads always stand at one release id. {@link org.govgraph.release.PlatformRelease} is one
 * such release, held by its readers until they finish; {@link org.govgraph.release.WriteOutcome}
 * and {@link org.govgraph.release.WriteProvenance} judge and record a write made to the graphs
 * directly (SPARQL Update, Graph Store Protocol).
 */
package org.govgraph.release;
