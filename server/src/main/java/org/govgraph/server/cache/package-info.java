/**
 * Answers kept until the next release: releases are immutable, so a read's answer depends
 * only on the release it was answered from and on what was asked. {@link AnswerCache} holds
 * them, bounded in bytes and keyed by release; {@link AnswerCacheFilter} serves them, with a
 * release-based {@code ETag} that lets clients and CDNs revalidate with {@code If-None-Match}
 * (304) until the platform moves to a new release.
 */
package org.govgraph.server.cache;
