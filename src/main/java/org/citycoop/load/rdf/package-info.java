/**
 * RDF files (Turtle, TriG, N-Triples, N-Quads, RDF/XML, JSON-LD) read by RDF4J Rio as sources.
 */
package org.citycoop.load.rdf;
