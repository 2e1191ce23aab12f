/**
 * Loading sources into a store and taking them out: Loader on top (load, prune, remove, with the checks that
 * keep a source key to one file); records, tables, RDF files and gazetteers below, each producing a StreamRDF.
 */
package org.citycoop.load;
