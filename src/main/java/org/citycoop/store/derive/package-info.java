/**
 * Keeping the inferred graph up to date as premises change: {@link org.citycoop.store.derive.Derivation} on top
 * (a full rebuild, or the change that follows from added and removed triples, by delete-and-rederive); beneath,
 * the rules read from {@code inference.ru} as unions of conjunctive bodies, and the queries that evaluate a body
 * with one of its triple patterns bound to the changed triples.
 */
package org.citycoop.store.derive;
