package org.citycoop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;
import org.citycoop.query.QueryFiles;
import org.citycoop.serve.CityCoopServer;
import org.citycoop.serve.ServerConfig;
import org.citycoop.store.Store;

/**
 * Response times over HTTP, measured by clients on this machine against a server started on 127.0.0.1 over a
 * store: every query in a folder, entity pages as RDF next to the same {@code DESCRIBE} sent to Fuseki's SPARQL
 * endpoint of the same server, and the graph API at depths 1 and 2; each with one client, then with several at once.
 */
public final class HttpBenchmark {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final String ENTITY = "entity as Turtle (/data)";
    private static final String DESCRIBE = "the same DESCRIBE at /ds/sparql";
    private final Store store;
    private final Path queries;
    private final Consumer<String> progress;
    private final int requests;

    /**
     * @param store    the store to serve
     * @param queries  the folder of queries to time
     * @param requests requests per job and client count
     * @param progress receives a line per job
     */
    public HttpBenchmark(Store store, Path queries, int requests, Consumer<String> progress) {
        this.store = store;
        this.queries = queries;
        this.requests = requests;
        this.progress = progress;
    }

    /** Up to {@code count} cities of the store (in the order of its index), for pages and the graph API. */
    public static List<String> cities(Store store, int count) {
        return store.read(() -> store.curated().stream(Node.ANY, Node.ANY, Vocab.RDF_TYPE, CC.City)
            .map(Quad::getSubject).filter(Node::isURI).map(Node::getURI).distinct().limit(count).toList());
    }

    /** Runs every job with 1 client and with {@code clients} clients at once. */
    public List<Figure> run(List<String> entities, int clients) {
        List<Figure> figures = new ArrayList<>();
        try (CityCoopServer server = CityCoopServer.start(store, ServerConfig.builder().host("127.0.0.1").port(0)
                .build())) {
            String base = "http://127.0.0.1:" + server.port();
            List<Job> jobs = jobs(base, entities);
            warmUp(jobs);
            for (int count : List.of(1, clients)) {
                Map<String, Latencies> measured = new HashMap<>();
                for (Job job : jobs) {
                    progress.accept("requesting " + job.name() + " with " + count + " client(s)");
                    Latencies latencies = measure(job, count);
                    measured.put(job.name(), latencies);
                    figures.add(latencies.figure(job.name(), count));
                }
                figures.add(ratio(measured.get(ENTITY), measured.get(DESCRIBE), count));
            }
        }
        return figures;
    }

    /**
     * Sends every request of every job once, untimed: otherwise the first job to read an entity pays for bringing
     * the store's pages into memory, and the job after it (the same entity through DESCRIBE) does not.
     */
    private void warmUp(List<Job> jobs) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (Job job : jobs) {
            progress.accept("warming up: " + job.name());
            for (int i = 0; i < requests; i++) {
                send(http, job.request().apply(i));
            }
        }
    }

    /** Entity pages' throughput over the same DESCRIBE's: the page does more, and should cost no more. */
    private static Figure ratio(Latencies pages, Latencies describe, int clients) {
        return new Figure("entity pages / DESCRIBE, " + clients + " client" + (clients == 1 ? "" : "s"),
            pages.percentile(50), String.format("%.2f x the throughput of the same DESCRIBE (%,.0f vs %,.0f requests/s)",
                pages.perSecond() / describe.perSecond(), pages.perSecond(), describe.perSecond()));
    }

    /** One kind of request; {@code request(i)} is the i-th, cycling through its targets. */
    private record Job(String name, java.util.function.IntFunction<HttpRequest> request) {
    }

    private List<Job> jobs(String base, List<String> entities) {
        List<Job> jobs = new ArrayList<>();
        for (Path file : QueryFiles.in(queries)) {
            String text = read(file);
            String url = base + CityCoopServer.DATASET + "/sparql?query=" + encode(text);
            jobs.add(new Job("query " + file.getFileName(), i -> get(url, "application/sparql-results+json, text/turtle;q=0.9")));
        }
        jobs.add(new Job(ENTITY, i -> get(base + "/data" + path(entities.get(i % entities.size())),
            "text/turtle")));
        jobs.add(new Job(DESCRIBE, i -> get(base + CityCoopServer.DATASET + "/sparql?query="
            + encode("DESCRIBE <" + entities.get(i % entities.size()) + ">"), "text/turtle")));
        jobs.add(new Job("entity page (HTML)", i -> get(base + "/page" + path(entities.get(i % entities.size())),
            "text/html")));
        for (int depth : List.of(1, 2)) {
            jobs.add(new Job("graph API, depth " + depth, i -> get(base + "/api/graph?node="
                + encode(entities.get(i % entities.size())) + "&depth=" + depth, "application/json")));
        }
        return jobs;
    }

    private Latencies measure(Job job, int clients) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        send(http, job.request().apply(0));
        int total = requests * clients;
        double[] millis = new double[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger timeouts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    int status = send(http, job.request().apply(i));
                    double took = (System.nanoTime() - begin) / 1e6;
                    if (status == 200) {
                        millis[answered.getAndIncrement()] = took;
                    } else if (status == 503) {
                        timeouts.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        waitFor(running);
        pool.shutdown();
        double wall = (System.nanoTime() - start) / 1e6;
        return new Latencies(java.util.Arrays.copyOf(millis, answered.get()), errors.get(), timeouts.get(), wall);
    }

    private static void waitFor(List<Future<?>> running) {
        try {
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
        }
    }

    /** The response's status, having read its body; 0 when no answer came. */
    private static int send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).header("Accept", accept).GET().build();
    }

    private static String path(String iri) {
        return org.citycoop.serve.LinkedDataPaths.thingPath(iri);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        return QueryFiles.withDefaults(file);
    }
}
