/**
 * Resolving the place names of public tables (a name, a country, maybe coordinates) to the places a store already
 * holds: {@link org.citycoop.load.resolve.PlaceResolver} on top; name folding, country names and the in-memory
 * gazetteer beneath it.
 */
package org.citycoop.load.resolve;
