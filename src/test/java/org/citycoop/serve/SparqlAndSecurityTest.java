package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPARQL endpoint, query timeouts, the UI, and who may write, on real servers. */
class SparqlAndSecurityTest {
    private static final String COUNT_TWINS = "PREFIX cc: <https://w3id.org/citycoop/ontology/> "
        + "SELECT (COUNT(*) AS ?n) WHERE { ?a cc:twinnedWith ?b }";
    private static final String INSERT = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"written\" } }";
    private static final String ASK_WRITTEN = "ASK { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"written\" } }";

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json, JSON", "application/sparql-results+xml, XML", "text/csv, CSV",
        "text/tab-separated-values, TSV"})
    void theEndpointAnswersInTheFormatAsked(String accept, String name) {
        try (ServerFixture fixture = new ServerFixture(ServerConfig.builder())) {
            HttpResponse<byte[]> get = fixture.get("/ds/sparql?query=" + encode(COUNT_TWINS), "Accept", accept);
            assertEquals(200, get.statusCode(), name);
            assertTrue(get.headers().firstValue("Content-Type").orElseThrow().startsWith(accept), name);
            HttpResponse<byte[]> post = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/ds/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(COUNT_TWINS)).build());
            assertEquals(200, post.statusCode(), name);
            ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(post.body()), lang(accept));
            assertEquals(8, Integer.parseInt(results.next().get("n").asLiteral().getLexicalForm()), name);
        }
    }

    private static org.apache.jena.riot.Lang lang(String accept) {
        return switch (accept) {
            case "application/sparql-results+json" -> ResultSetLang.RS_JSON;
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
    }

    @Test
    void aSyntaxErrorGets400WithTheParsersMessage() {
        try (ServerFixture fixture = new ServerFixture(ServerConfig.builder())) {
            HttpResponse<byte[]> response = fixture.get("/ds/sparql?query=" + encode("SELECT ?x WHERE { ?x ?y "));
            assertEquals(400, response.statusCode());
            assertTrue(ServerFixture.text(response).contains("Encountered"), ServerFixture.text(response));
            assertTrue(ServerFixture.text(response).contains("line 1"), ServerFixture.text(response));
        }
    }

    @Test
    void aQueryThatRunsPastTheTimeoutIsCancelled() {
        try (ServerFixture fixture = new ServerFixture(ServerConfig.builder().queryTimeout(Duration.ofSeconds(1)))) {
            String expensive = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long start = System.nanoTime();
            HttpResponse<byte[]> response = fixture.get("/ds/sparql?query=" + encode(expensive));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(503, response.statusCode());
            assertTrue(ServerFixture.text(response).contains("timed out"), ServerFixture.text(response));
            assertTrue(seconds < 30, "cancelled after " + seconds + " s");
        }
    }

    @Test
    void theHomeSaysWhatTheGraphHoldsAndLeadsToEveryWayIn() {
        try (ServerFixture fixture = new ServerFixture(ServerConfig.builder())) {
            HttpResponse<byte[]> home = fixture.get("/");
            assertEquals(200, home.statusCode());
            String html = ServerFixture.text(home);
            for (String way : List.of("action=\"/search\"", "href=\"/explore", "href=\"/map\"",
                    "href=\"/charts\"", "href=\"/queries\"", "href=\"" + HomeServlet.EDITOR + "\"",
                    "href=\"/.well-known/void\"", "href=\"/page/ontology\"")) {
                assertTrue(html.contains(way), way + " missing from the home page");
            }
            assertTrue(html.contains("<a href=\"/page/ontology/City\">City</a></td><td>"), "kinds counted: " + html);
            assertTrue(java.util.regex.Pattern.compile("<a href=\"/page/graph/twins\">twins</a></td><td>[1-9]\\d*</td>")
                .matcher(html).find(), "sources counted: " + html);
            assertFalse(html.contains("add data"), "no Fuseki dataset list on the home page");
            String found = ServerFixture.text(fixture.get("/search?q=simeu"));
            assertTrue(found.contains("<a href=\"/page/id/regency/simeulue\">"), found);
            assertEquals(301, fixture.get("/citycoop").statusCode());
        }
    }

    @Test
    void theQueryEditorLoadsAndOffersTheExampleQueries() {
        try (ServerFixture fixture = new ServerFixture(ServerConfig.builder())) {
            HttpResponse<byte[]> index = fixture.get("/editor");
            assertEquals(200, index.statusCode());
            String html = ServerFixture.text(index);
            assertTrue(html.contains("<script src=\"/citycoop/editor.js\"></script>"), html);
            assertTrue(html.contains("<div id=\"app\"></div>") || html.contains("id=\"app\""), html);
            String script = ServerFixture.text(fixture.get("/static/" + queryScript()));
            assertTrue(script.contains("text:\"CQ1. With which cities or regions does Bandung cooperate"),
                "the editor lists our queries");
            assertTrue(script.contains("text:\"Selection of triples\""), "and keeps its own");
            String page = ServerFixture.text(fixture.get("/queries"));
            assertEquals(org.citycoop.query.QueryFiles.in(org.citycoop.TestProject.queries()).size(),
                page.split("open in the query editor").length - 1);
            assertTrue(page.contains("href=\"" + HomeServlet.EDITOR + "?query="), "the editor's links lead to /editor");
            HttpResponse<byte[]> raw = fixture.get("/queries/cq02-yokohama-meeting-participants.rq");
            assertTrue(ServerFixture.text(raw).contains("SELECT DISTINCT ?participant"));
            assertTrue(raw.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-query"));
            HttpResponse<byte[]> shown = fixture.get("/queries/cq02-yokohama-meeting-participants.rq", "Accept",
                "text/html,*/*;q=0.8");
            assertTrue(shown.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"),
                "a browser is shown the query as text");
            assertEquals(200, fixture.get("/$/server").statusCode(), "the UI may read the server's description");
            assertEquals(404, fixture.get("/$/datasets").statusCode(), "there is no dataset administration");
        }
    }

    /** The name of the UI's query-editor script, which carries a content hash. */
    private static String queryScript() {
        try (var jar = new java.util.jar.JarFile(new java.io.File(org.apache.jena.fuseki.mod.ui.FMod_UI.class
                .getClassLoader().getResource("webapp/index.html").getPath().replaceFirst("^file:", "").replaceFirst("!.*$", "")))) {
            return jar.stream().map(e -> e.getName()).filter(n -> n.matches("webapp/static/Query-[^/]+\\.js")).findFirst()
                .orElseThrow().substring("webapp/static/".length());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void withoutCredentialsEveryWriteIsRefusedAndNothingChanges() {
        try (ServerFixture fixture = new ServerFixture(ServerConfig.builder())) {
            assertEquals(405, update(fixture, "/ds/update", null).statusCode(), "there is no update endpoint");
            HttpResponse<byte[]> direct = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/ds")))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(INSERT)).build());
            assertTrue(direct.statusCode() == 400 || direct.statusCode() == 405, "no update on the dataset: " + direct.statusCode());
            HttpResponse<byte[]> put = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/ds/data?graph=urn:test:g")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:test:s> <urn:test:p> 1 .")).build());
            assertEquals(405, put.statusCode());
            HttpResponse<byte[]> backup = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/$/backup/ds")))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertTrue(backup.statusCode() == 404 || backup.statusCode() == 405, "no backup action: " + backup.statusCode());
            assertTrue(ServerFixture.text(fixture.get("/ds/sparql?query=" + encode(ASK_WRITTEN))).contains("false"));
        }
    }

    @Test
    void aRefusedWriteSaysItClosesTheConnectionAndTheClientsNextRequestsWork() throws Exception {
        try (ServerFixture fixture = new ServerFixture(ServerConfig.builder())) {
            String response = refusedPutBodySentLate(fixture.server.port());
            assertTrue(response.startsWith("HTTP/1.1 405"), response);
            assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("\r\nconnection: close\r\n"), response);
            for (int i = 0; i < 100; i++) {
                HttpResponse<byte[]> put = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/ds/data?graph=urn:test:g")))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:test:s> <urn:test:p> 1 .")).build());
                assertEquals(405, put.statusCode());
                assertEquals(200, fixture.get("/ds/sparql?query=" + encode(ASK_WRITTEN)).statusCode(), "request " + i);
            }
        }
    }

    private static String headers(java.io.InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        for (int c = in.read(); c >= 0 && !head.toString().endsWith("\r\n\r\n"); c = in.read()) {
            head.append((char) c);
        }
        return head.toString();
    }

    /** A PUT whose body arrives after its headers, as from a client that streams it: the server answers first. */
    private static String refusedPutBodySentLate(int port) throws java.io.IOException, InterruptedException {
        String body = "<urn:test:s> <urn:test:p> 1 .";
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("PUT /ds/data?graph=urn:test:g HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/turtle\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(50);
            out.write(body.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return headers(socket.getInputStream());
        }
    }

    @Test
    void withCredentialsWritesNeedThemAndThenWork() {
        Credentials admin = new Credentials("curator", "a long secret");
        try (ServerFixture fixture = new ServerFixture(ServerConfig.builder().credentials(admin))) {
            HttpResponse<byte[]> anonymous = update(fixture, "/ds/update", null);
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
            assertEquals(401, update(fixture, "/ds/update", "curator:wrong password").statusCode());
            assertTrue(ServerFixture.text(fixture.get("/ds/sparql?query=" + encode(ASK_WRITTEN))).contains("false"));
            assertEquals(204, update(fixture, "/ds/update", "curator:a long secret").statusCode(), "done, no content");
            assertTrue(ServerFixture.text(fixture.get("/ds/sparql?query=" + encode(ASK_WRITTEN))).contains("true"));
            HttpResponse<byte[]> put = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/ds/data?graph=urn:test:h")))
                .header("Content-Type", "text/turtle").header("Authorization", basic("curator:a long secret"))
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:s> <urn:test:p> 1 .")).build());
            assertEquals(201, put.statusCode());
            assertEquals(200, fixture.get("/ds/get?graph=urn:test:h").statusCode(), "reads stay open");
            assertEquals(401, fixture.get("/ds/data?graph=urn:test:h").statusCode(), "the read-write store is the admin's");
        }
    }

    @Test
    void theServerListensOnLoopbackOnly() throws java.io.IOException {
        try (ServerFixture fixture = new ServerFixture(ServerConfig.builder())) {
            java.net.InetAddress outside = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address).findFirst().orElse(null);
            org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "this machine has no other address to try");
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(outside, fixture.server.port()), 2000);
                throw new AssertionError("the server answered on " + outside);
            } catch (java.net.ConnectException | java.net.SocketTimeoutException expected) {
                assertTrue(fixture.server.url().startsWith("http://localhost:"));
            }
        }
    }

    private static HttpResponse<byte[]> update(ServerFixture fixture, String path, String userAndPassword) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixture.url(path)))
            .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(INSERT));
        if (userAndPassword != null) {
            request.header("Authorization", basic(userAndPassword));
        }
        return fixture.send(request.build());
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
