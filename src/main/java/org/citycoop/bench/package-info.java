/**
 * Material for measuring CityCoop at scale: {@link org.citycoop.bench.CorpusGenerator} writes a realistic synthetic
 * corpus in the curators' record formats, deterministic by seed.
 */
package org.citycoop.bench;
