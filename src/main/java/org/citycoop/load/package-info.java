/**
 * Loading sources into a store: Loader on top; records, tables, RDF files and gazetteers below, each producing a StreamRDF.
 */
package org.citycoop.load;
