package org.citycoop.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The SPARQL query operation of the public endpoint: Fuseki's own, with limits a public endpoint needs. A query
 * longer than the limit is refused before it is parsed; a federated query is refused unless its endpoints are
 * allowed; a SELECT is computed completely before the response starts, so a query cut by the timeout is a 503
 * the client sees, never a 200 with part of the rows.
 */
final class EndpointQuery extends SPARQL_QueryDataset {
    private final QueryLimits limits;
    private final ServicePolicy services;

    EndpointQuery(QueryLimits limits, ServicePolicy services) {
        this.limits = limits;
        this.services = services;
    }

    /** A query sent as the body is refused by its declared length before it is read; a form's, once decoded. */
    @Override
    public void validate(HttpAction action) {
        String type = action.getRequest().getContentType();
        long length = action.getRequest().getContentLengthLong();
        if (type != null && type.startsWith(WebContent.contentTypeSPARQLQuery) && length > limits.maxQueryBytes()) {
            ActionLib.consumeBody(action);
            tooLong(length);
        }
        super.validate(action);
    }

    @Override
    protected void executeWithParameter(HttpAction action) {
        String query = action.getRequestParameter(HttpNames.paramQuery);
        int length = query == null ? 0 : query.getBytes(StandardCharsets.UTF_8).length;
        if (length > limits.maxQueryBytes()) {
            tooLong(length);
        }
        super.executeWithParameter(action);
    }

    /** Reads at most one byte more than the limit, whatever the request says its length is. */
    @Override
    protected void executeBody(HttpAction action) {
        byte[] body;
        try (InputStream input = action.getRequestInputStream()) {
            body = input.readNBytes(limits.maxQueryBytes() + 1);
        } catch (IOException e) {
            ServletOps.errorBadRequest("The query could not be read: " + e.getMessage());
            return;
        }
        if (body.length > limits.maxQueryBytes()) {
            tooLong(body.length);
        }
        execute(new String(body, StandardCharsets.UTF_8), action);
    }

    private void tooLong(long length) {
        ServletOps.errorBadRequest("The query is too long: " + (length > limits.maxQueryBytes() ? "more than " : "")
            + limits.maxQueryBytes() + " bytes is the limit of this endpoint.");
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        String refusal = services.refusal(query);
        if (refusal != null) {
            ServletOps.errorBadRequest(refusal);
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        try {
            return completely(action, queryExec, requestQuery, queryStringLog);
        } catch (ServicePolicy.Refused e) {
            ServletOps.errorBadRequest(e.getMessage());
            return null;
        }
    }

    private QueryExecResult completely(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        if (!requestQuery.isSelectType()) {
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        }
        RowSet rows = queryExec.select();
        List<Binding> all = new ArrayList<>();
        while (rows.hasNext()) {
            if (all.size() >= limits.maxRows()) {
                ServletOps.errorBadRequest("The answer has more than " + limits.maxRows() + " rows, the limit of this "
                    + "endpoint: narrow the query, page through it with LIMIT and OFFSET, or download the dumps.");
            }
            all.add(rows.next());
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), all.iterator()));
    }
}
