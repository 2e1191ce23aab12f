/**
 * Large gazetteer tables streamed into RDF without being held in memory.
 */
package org.citycoop.load.gazetteer;
