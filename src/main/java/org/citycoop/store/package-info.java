/**
 * The TDB2 store: {@link org.citycoop.store.Store} on top (opening it safely, the sources it holds, the curated
 * view without drafts, label search, export and statistics); below, the dataset that notes each write and brings
 * the inferred graph up to date before it commits ({@link org.citycoop.store.DerivingDatasetGraph}, with the rules
 * and their upkeep in {@code store.derive}), the Lucene index of labels that TDB2's transactions keep in step, and
 * the filter that keeps drafts out of the curated view. {@link org.citycoop.store.GraphStore} is what readers need of
 * any store, this one or a remote one ({@code store.remote}); {@link org.citycoop.store.Publisher} is how a copy
 * elsewhere receives each write.
 */
package org.citycoop.store;
