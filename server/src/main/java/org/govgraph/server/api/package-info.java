/**
 * The JSON API for programs: keyword search, suggestions, and its OpenAPI 3 description built
 * from the route table.
 */
package org.govgraph.server.api;
