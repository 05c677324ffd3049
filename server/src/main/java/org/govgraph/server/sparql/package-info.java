/**
 * SPARQL over HTTP: Fuseki's protocol implementation at /sparql and /data, with the rules
 * around it: the bearer-token write guard, the size limit, 406 for unmatched Accept, the
 * time limit and the refusal of SERVICE, and the hand-over of browser requests to the editor page.
 */
package org.govgraph.server.sparql;
