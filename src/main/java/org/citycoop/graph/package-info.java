/**
 * The visual graph over the store: networks, neighbourhoods, search, and GraphML, GEXF and CSV exports.
 */
package org.citycoop.graph;
