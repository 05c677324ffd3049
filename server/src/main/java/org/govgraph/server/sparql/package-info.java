/**
 * SPARQL over HTTP: Fuseki's protocol implementation at /sparql and /data, with the rules
 * around it: the bearer-token write guard, the size limit on decoded bodies, 406 for
 * unmatched Accept (q=0 included), the time limit and the refusal of SERVICE, the admission
 * lanes, the query rewrites that bound a query's cost (linear-time regular expressions, a
 * GROUP_CONCAT memory budget, spilling sorts), Fuseki's responses held to the server's error
 * shape and to an honest end when the time limit cuts them, and what a GET without a query
 * gets: browsers the editor page, RDF clients the SPARQL 1.1 Service Description.
 */
package org.govgraph.server.sparql;
