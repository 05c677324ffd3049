/**
 * The HTML side of govgraph: the home page with its server-rendered charts, the search
 * page, the Linked Data pages of every entity (with content negotiation to Turtle, JSON-LD
 * and N-Triples) and the SPARQL editor page. Pages are built from {@link
 * org.govgraph.server.pages.Html} fragments and {@link org.govgraph.server.pages.Tag}s, which
 * escape every piece of data on the way in; scripts are bundled under {@code web/static/}
 * and read data only from escaped attributes or JSON APIs.
 */
package org.govgraph.server.pages;
