/**
 * Curated CSV tables read as records, every cell with its line and column.
 */
package org.citycoop.load.table;
