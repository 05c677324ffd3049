/**
 * The shared model of govgraph: IRI minting ({@link org.govgraph.model.Iris}, the only
 * place identifiers are built), the bundled ontology and shapes
 * ({@link org.govgraph.model.Ontology}), the stage and EGDI-group rules that every layer
 * must agree on, and the root of govgraph's exceptions.
 */
package org.govgraph.model;
