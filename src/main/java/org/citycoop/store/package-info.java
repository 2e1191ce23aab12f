/**
 * The TDB2 store: opening, export and statistics.
 */
package org.citycoop.store;
