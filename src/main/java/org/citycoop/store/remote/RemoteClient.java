package org.citycoop.store.remote;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.http.HttpLib;
import org.apache.jena.http.Push;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateSendMode;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.update.UpdateRequest;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/**
 * The requests CityCoop sends a remote SPARQL 1.1 store: queries, updates, and PUT of a whole graph by the Graph
 * Store Protocol. A request that meets a transient failure (refused or reset connection, no answer in time, 502,
 * 503, 504 or 429) is sent again after a growing pause; one that the store refuses for good ends in a
 * {@link ErrorId#REMOTE_REFUSED} error, and one that never got through in a {@link ErrorId#REMOTE_UNREACHABLE}.
 */
public final class RemoteClient {
    private static final long QUERY_SECONDS = 120;
    private static final long WRITE_SECONDS = 3_600;
    /**
     * Queries go as HTML forms (a GET while short enough, a POST beyond): Virtuoso 7.2 never answers a long query
     * POSTed as application/sparql-query, and every SPARQL 1.1 store takes the form.
     */
    private static final QuerySendMode SEND_QUERY = QuerySendMode.asGetWithLimitForm;
    private final RemoteEndpoints endpoints;
    private final Retries retries;
    private final HttpClient http;

    public RemoteClient(RemoteEndpoints endpoints, Retries retries) {
        this.endpoints = endpoints;
        this.retries = retries;
        // HTTP/1.1: a plain-HTTP upgrade to HTTP/2 is a request some stores answer late or not at all
        this.http = HttpEnv.httpClientBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public RemoteEndpoints endpoints() {
        return endpoints;
    }

    /** The rows of a SELECT query, all read before they are returned. */
    public RowSet select(Query query) {
        return retried("the query", () -> {
            try (QueryExec exec = QueryExecHTTP.service(endpoints.query().toString()).httpClient(http).query(query)
                    .sendMode(SEND_QUERY).timeout(QUERY_SECONDS, TimeUnit.SECONDS).build()) {
                return RowSetMem.create(exec.select());
            }
        });
    }

    /**
     * A query execution at the store, not yet started: its rows stream as they are read. No retry: the caller reads
     * them. {@code timeoutMillis} below 1 leaves the client's own limit.
     */
    public QueryExec execution(Query query, long timeoutMillis) {
        return QueryExecHTTP.service(endpoints.query().toString()).httpClient(http).query(query).sendMode(SEND_QUERY)
            .timeout(timeoutMillis > 0 ? timeoutMillis : QUERY_SECONDS * 1000, TimeUnit.MILLISECONDS).build();
    }

    /** Sends an update request; it is sent again only on failures that come before the store read it. */
    public void update(UpdateRequest update) {
        retried("the update", () -> {
            UpdateExecHTTP.service(endpoints.update().toString()).httpClient(http).update(update)
                .sendMode(UpdateSendMode.asPostForm).timeout(WRITE_SECONDS, TimeUnit.SECONDS).build().execute();
            return null;
        });
    }

    /**
     * Reads a graph whole by the Graph Store Protocol into {@code sink}. Sent again on a transient failure, so the
     * sink may see a triple twice (a store keeps it once).
     */
    public void get(Node graph, org.apache.jena.riot.system.StreamRDF sink) {
        String url = endpoints.graphStore() + "?graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8);
        retried("the download of " + graph.getURI(), () -> {
            org.apache.jena.http.HttpRDF.httpGetToStream(http, url, "application/n-triples", sink);
            return null;
        });
    }

    /**
     * Sends the gzip-compressed N-Triples of a file to a graph: PUT replaces what it held, POST adds to it. Sent
     * compressed ({@code Content-Encoding: gzip}) when {@code compressed}, decompressed on the way otherwise.
     */
    public void send(Push method, Node graph, Path gzippedNTriples, boolean compressed) {
        String url = endpoints.graphStore() + "?graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8);
        retried("the upload of " + graph.getURI(), () -> {
            HttpResponse<java.io.InputStream> response = HttpLib.httpPushWithResponse(http, method, url, request -> {
                request.header("Content-Type", "application/n-triples");
                request.timeout(Duration.ofSeconds(WRITE_SECONDS));
                if (compressed) {
                    request.header("Content-Encoding", "gzip");
                }
            }, body(gzippedNTriples, compressed));
            HttpLib.handleResponseNoBody(response);
            return null;
        });
    }

    /**
     * The body of an upload: the compressed file itself, or its N-Triples decompressed into a file beside it, so
     * that the request has a length (some stores read nothing of a body sent in chunks).
     */
    private static HttpRequest.BodyPublisher body(Path file, boolean compressed) {
        try {
            if (compressed) {
                return HttpRequest.BodyPublishers.ofFile(file);
            }
            Path plain = file.resolveSibling(file.getFileName() + ".nt");
            if (!java.nio.file.Files.exists(plain)) {
                try (java.io.InputStream in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file),
                        1 << 16)) {
                    java.nio.file.Files.copy(in, plain);
                }
                plain.toFile().deleteOnExit();
            }
            return HttpRequest.BodyPublishers.ofFile(plain);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the upload's file " + file, e);
        }
    }

    private <T> T retried(String what, Supplier<T> request) {
        int attempt = 1;
        while (true) {
            try {
                return request.get();
            } catch (HttpException | QueryException | RiotException e) {
                int status = status(e);
                if (!Retries.isTransient(status, e, body(e)) || attempt >= retries.attempts()) {
                    throw failure(what, status, e, attempt);
                }
                retries.pause(attempt++);
            }
        }
    }

    private CityCoopException failure(String what, int status, RuntimeException e, int attempts) {
        String where = status == 401 || status == 403 ? "; give a user allowed to write with --credentials FILE or "
            + RemoteCredentials.USER_VARIABLE + " and " + RemoteCredentials.PASSWORD_VARIABLE : "";
        if (status > 0 && !Retries.isTransient(status, e, body(e))) {
            return new CityCoopException(ErrorId.REMOTE_REFUSED, "the store at " + endpoints.describe() + " refused "
                + what + ": HTTP " + status + answer(e) + where, e);
        }
        return new CityCoopException(ErrorId.REMOTE_UNREACHABLE, "the store at " + endpoints.describe()
            + " did not answer " + what + " after " + attempts + " attempt(s): " + reason(status, e), e);
    }

    /** What the store answered with a failure, if anything. */
    private static String body(RuntimeException e) {
        return e instanceof HttpException http ? http.getResponse()
            : e instanceof QueryExceptionHTTP query ? query.getResponse() : null;
    }

    /** The first line of what the store said, if anything. */
    private static String answer(RuntimeException e) {
        String body = body(e);
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.strip().lines().filter(l -> !l.isBlank() && !l.strip().startsWith("<")).findFirst()
            .orElse(body.strip().lines().findFirst().orElse(""));
        return " (" + (line.length() > 200 ? line.substring(0, 200) + "…" : line.strip()) + ")";
    }

    private static String reason(int status, Throwable e) {
        if (status > 0) {
            return "HTTP " + status;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io.getClass().getSimpleName() + (io.getMessage() == null ? "" : " " + io.getMessage());
            }
        }
        return String.valueOf(e.getMessage());
    }

    static int status(RuntimeException e) {
        if (e instanceof HttpException http) {
            return http.getStatusCode();
        }
        if (e instanceof QueryExceptionHTTP query) {
            return query.getStatusCode();
        }
        return -1;
    }
}
