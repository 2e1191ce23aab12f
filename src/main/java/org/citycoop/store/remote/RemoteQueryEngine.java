package org.citycoop.store.remote;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanOp;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.util.Context;

/**
 * ARQ's engine for queries over a {@link RemoteDatasetGraph}: the query's pattern, with its modifiers, is sent to the
 * remote store as one SELECT, and the store's rows come back as the pattern's solutions. ARQ then does what is left
 * locally (a CONSTRUCT's template, a DESCRIBE's descriptions, an ASK's answer), so every query form works the same
 * over a remote store as over the local one, Fuseki's own endpoint included. The query's timeout goes with it; a
 * SERVICE clause is refused unless the context allows federated queries, so the remote store never fetches a URL a
 * visitor chose.
 */
final class RemoteQueryEngine implements QueryEngineFactory {
    private static final RemoteQueryEngine INSTANCE = new RemoteQueryEngine();
    private static volatile boolean registered;

    private RemoteQueryEngine() {
    }

    static synchronized void register() {
        if (!registered) {
            QueryEngineRegistry.addFactory(INSTANCE);
            registered = true;
        }
    }

    private static RemoteDatasetGraph remote(DatasetGraph dataset) {
        DatasetGraph inner = dataset;
        while (inner instanceof DatasetGraphWrapper wrapper) {
            // a write transaction of a server over the remote store reads the local copy: ARQ answers it there
            inner = wrapper instanceof CopyingDatasetGraph copying ? copying.current() : wrapper.getWrapped();
        }
        return inner instanceof RemoteDatasetGraph remote ? remote : null;
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return remote(dataset) != null;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
        RemoteDatasetGraph remote = remote(dataset);
        refuseService(query, context);
        if (query.getQueryPattern() == null) {
            // DESCRIBE <iri> with no WHERE: one empty solution, and the describing is done through find
            return new PlanOp(Algebra.compile(query), null, QueryIterPlainWrapper.create(
                java.util.List.of(BindingFactory.empty()).iterator()));
        }
        Query select = asSelect(query);
        QueryExec exec = remote.client().execution(select, timeout(context));
        RowSet rows = exec.select();
        QueryIterator iterator = new QueryIterPlainWrapper(rows) {
            @Override
            protected void closeIterator() {
                exec.close();
            }
        };
        return new PlanOp(Algebra.compile(select), exec::close, iterator);
    }

    /** The query's pattern and modifiers as a SELECT of what the query form needs from it. */
    private static Query asSelect(Query query) {
        Query select = query.cloneQuery();
        if (!query.isSelectType()) {
            java.util.List<org.apache.jena.sparql.core.Var> described = query.isDescribeType()
                ? query.getProjectVars() : java.util.List.of();
            select.setQuerySelectType();
            select.setQueryResultStar(described.isEmpty());
            described.forEach(select::addResultVar);
            if (query.isAskType()) {
                select.setLimit(1);
            }
        }
        return select;
    }

    private static long timeout(Context context) {
        Object value = context == null ? null : context.get(ARQ.queryTimeout);
        if (value == null) {
            return -1;
        }
        String text = value.toString();
        int comma = text.indexOf(',');
        try {
            return Long.parseLong((comma >= 0 ? text.substring(comma + 1) : text).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void refuseService(Query query, Context context) {
        if (context != null && context.isTrue(ARQ.httpServiceAllowed)) {
            return;
        }
        boolean[] found = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                found[0] = true;
            }
        });
        if (found[0]) {
            throw new QueryExecException("SERVICE is not allowed here: this server does not send queries to other "
                + "endpoints on a visitor's behalf");
        }
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
        throw new UnsupportedOperationException("algebra over a remote store is evaluated by the store");
    }
}
