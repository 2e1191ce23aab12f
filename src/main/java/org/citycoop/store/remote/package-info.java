/**
 * Remote SPARQL 1.1 stores: {@link org.citycoop.store.remote.RemoteCopy} keeps one a copy of the local store (each
 * write sent before it commits, through staging graphs and one idempotent update), and
 * {@link org.citycoop.store.remote.RemoteStore} reads one as the local store is read (queries sent whole by
 * {@link org.citycoop.store.remote.RemoteQueryEngine}). Beneath: the HTTP requests with their retries
 * ({@link org.citycoop.store.remote.RemoteClient}), the endpoints and credentials, and what a local store remembers of
 * its copies.
 */
package org.citycoop.store.remote;
