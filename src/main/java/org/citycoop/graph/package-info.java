/**
 * The visual graph over the store: neighbourhoods read node by node from the store ({@link
 * org.citycoop.graph.StoreNetwork}), search through the store's label index, and whole networks for GraphML, GEXF
 * and CSV exports ({@link org.citycoop.graph.NetworkModel}).
 */
package org.citycoop.graph;
