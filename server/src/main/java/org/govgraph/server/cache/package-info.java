/**
 * Answers kept until the next release: releases are immutable, so a read's answer depends
 * only on the release it was answered from and on what was asked. {@link QueryKey} says
 * what was asked (the query as ARQ writes back its parse, the format content negotiation
 * picks, the release); {@link AnswerCache} holds the answers of the release served now,
 * bounded in bytes, in a generation replaced whole when a release commits;
 * {@link AnswerCacheFilter} serves them, with an {@code ETag} computed from the key alone,
 * which lets clients and CDNs revalidate with {@code If-None-Match} (304) until the platform
 * moves to a new release.
 */
package org.govgraph.server.cache;
