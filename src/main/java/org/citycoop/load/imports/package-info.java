/**
 * Importing public tables as they are published: {@link org.citycoop.load.imports.Importer} on top, which reads
 * what the store already holds (the units places lie in, the places names resolve to), builds each file's source
 * and loads it; the readers are in {@code load.gazetteer} and {@code load.twins}, the resolution of names in
 * {@code load.resolve}.
 */
package org.citycoop.load.imports;
