/**
 * The TDB2 store: {@link org.citycoop.store.Store} on top (opening it safely, the sources it holds, the curated
 * view without drafts, export and statistics); below, the dataset that derives the inferred graph inside every
 * write ({@link org.citycoop.store.DerivingDatasetGraph}), the inference rules, and the filter that keeps drafts
 * out of the curated view.
 */
package org.citycoop.store;
