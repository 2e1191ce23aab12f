/**
 * The CityCoop ontology and its vocabulary constants.
 */
package org.citycoop.ontology;
