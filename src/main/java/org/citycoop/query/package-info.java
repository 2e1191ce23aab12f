/**
 * Running SPARQL queries over the store and writing their results.
 */
package org.citycoop.query;
