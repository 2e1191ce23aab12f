/**
 * YAML and JSON records: readers that keep line and column, and the mappers from records to RDF.
 */
package org.citycoop.load.record;
