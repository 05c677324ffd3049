/**
 * Constants for every vocabulary govgraph writes (CPSV-AP, Core Vocabularies, ORG, Data
 * Cube, SDMX, DCAT 3, DQV, PROV-O, SPDX, VoID, CSVW and govgraph's own {@code gg:}), plus
 * the standard prefix mapping; Jena's own vocabulary classes are used where they exist.
 */
package org.govgraph.model.vocab;
