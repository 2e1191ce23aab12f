package org.citycoop.serve;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Which remote endpoints a federated query ({@code SERVICE <...>}) may make the server call. None by default: a
 * public endpoint that fetched any URL a visitor names would let anyone (or any web page, through a visitor's
 * browser) probe the server's network. An operator may allow a list of endpoints.
 * <p>
 * Queries are checked before they run, for a clear refusal; the dataset's service executor checks again at run
 * time, because a SERVICE clause may hide where a syntactic walk does not look (ORDER BY expressions) or name its
 * endpoint with a variable.
 */
final class ServicePolicy {
    private final Set<String> allowed;

    ServicePolicy(List<URI> allowed) {
        this.allowed = allowed.stream().map(URI::toString).collect(Collectors.toUnmodifiableSet());
    }

    /** Makes every SERVICE call on the dataset pass the policy; none at all when no endpoint is allowed. */
    void install(Context context) {
        context.set(Service.httpServiceAllowed, !allowed.isEmpty());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink((opExecute, original, binding, execCxt, next) -> {
            Node endpoint = opExecute.getService();
            if (!allows(endpoint)) {
                throw new Refused("SERVICE " + endpoint + " is not an allowed endpoint: " + (allowed.isEmpty()
                    ? "federated queries are off on this server" : "this server allows " + String.join(", ", allowed)));
            }
            return next.createExecution(opExecute, original, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }

    private boolean allows(Node endpoint) {
        return endpoint.isURI() && allowed.contains(endpoint.getURI());
    }

    /** Why the query may not run, or null when all its SERVICE clauses call allowed endpoints. */
    String refusal(Query query) {
        List<String> refused = new ArrayList<>();
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                Node endpoint = service.getService();
                if (!allows(endpoint)) {
                    refused.add(endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint.toString());
                }
            }
        });
        if (refused.isEmpty()) {
            return null;
        }
        return allowed.isEmpty()
            ? "Federated queries are off on this endpoint: SERVICE " + refused.get(0) + " was not run. The operator may "
                + "allow endpoints with serve --allow-service URL."
            : "SERVICE " + refused.get(0) + " is not an allowed endpoint; this server allows " + String.join(", ", allowed) + ".";
    }

    /** A SERVICE call stopped at run time: the client's mistake, not the server's. */
    static final class Refused extends QueryExecException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
