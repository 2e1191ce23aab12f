package org.citycoop.serve;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/**
 * The dataset of a server over a remote store that takes writes through a local copy of it. A write the copy
 * refuses is not made, and its answer says why, with the error's id and message. The Graph Store Protocol answers
 * with a status the client can act on: 400 for a graph the copy does not keep (CC504), 409 when another writer
 * changed the remote store (CC503), 502 when the remote store did not answer or refused the write (CC501, CC502);
 * SPARQL Update answers each with 400.
 */
final class CopiedWrites extends DatasetGraphWrapper {
    /** Whether this thread answers a Graph Store Protocol request, whose handler keeps the status of its errors. */
    private static final ThreadLocal<Boolean> GRAPH_STORE = ThreadLocal.withInitial(() -> Boolean.FALSE);

    CopiedWrites(DatasetGraph served) {
        super(served);
    }

    @Override
    public void commit() {
        try {
            super.commit();
        } catch (CityCoopException e) {
            String message = e.id().code() + ": " + e.getMessage();
            // each of Fuseki's handlers passes on one kind of error with its status: SPARQL Update a query
            // error (as 400), the Graph Store Protocol an action error
            if (GRAPH_STORE.get()) {
                throw new ActionErrorException(status(e.id()), message, e);
            }
            throw new QueryExceptionHTTP(status(e.id()), message, e);
        }
    }

    /** Runs a Graph Store Protocol request. */
    static void answeringGraphStore(Runnable request) {
        GRAPH_STORE.set(Boolean.TRUE);
        try {
            request.run();
        } finally {
            GRAPH_STORE.remove();
        }
    }

    static int status(ErrorId id) {
        return switch (id) {
            case REMOTE_NOT_KEPT -> 400;
            case REMOTE_DIVERGED -> 409;
            case REMOTE_UNREACHABLE, REMOTE_REFUSED -> 502;
            default -> 500;
        };
    }
}
