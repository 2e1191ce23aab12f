package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.citycoop.ontology.CC;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Pages that are safe to render whatever the data holds: only http, https and mailto IRIs become links, and every
 * page carries a Content-Security-Policy that keeps scripts and styles to this server, and {@code nosniff}.
 */
class SafePagesTest {
    private static final String BANDUNG = CC.ID + "city/bandung";
    private static final String HOSTILE = "javascript:alert(document.cookie)";
    private static final String DATA_URL = "data:text/html,<script>alert(1)</script>";
    private static final String WEB = "https://example.org/bandung-twin-towns";
    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture(ServerConfig.builder());
        Node graph = NodeFactory.createURI("urn:test:hostile");
        Node bandung = NodeFactory.createURI(BANDUNG);
        Txn.executeWrite(fixture.store.dataset(), () -> {
            for (String iri : new String[] {HOSTILE, DATA_URL, WEB}) {
                fixture.store.dataset().add(Quad.create(graph, bandung, RDFS.seeAlso.asNode(), NodeFactory.createURI(iri)));
            }
        });
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void anEntityPageShowsOtherSchemesAsTextNotLinks() {
        String page = ServerFixture.text(fixture.get("/page/id/city/bandung"));
        assertTrue(page.contains("alert(document.cookie)"), "the value is still shown");
        assertFalse(page.contains("href=\"javascript:"), "javascript: became a link");
        assertFalse(page.contains("href=\"data:"), "data: became a link");
        assertTrue(page.contains("href=\"" + WEB + "\""), "an https IRI stays a link");
    }

    @Test
    void theExplorersFactsCarryNoLinkForOtherSchemes() throws Exception {
        HttpResponse<byte[]> response = fixture.get("/api/facts?node=" + URLEncoder.encode(BANDUNG, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        JsonNode facts = new ObjectMapper().readTree(response.body()).get("facts");
        int checked = 0;
        for (JsonNode fact : facts) {
            String link = fact.path("link").isNull() ? null : fact.path("link").asText(null);
            if (link != null) {
                assertTrue(link.startsWith("/") || link.startsWith("http://") || link.startsWith("https://")
                    || link.startsWith("mailto:"), "unsafe link " + link);
                checked++;
            }
        }
        assertTrue(checked > 0, "some facts are links");
        assertTrue(ServerFixture.text(response).contains(HOSTILE), "the value is still given, as text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/explore", "/queries", "/citycoop", "/page/id/city/bandung",
        "/page/ontology", "/id/city/nowhere", "/.well-known/void", "/check", "/ds/sparql?query=ASK%7B%7D"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<byte[]> response = fixture.get(path, "Accept", "text/html");
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'")
            && policy.contains("default-src 'self'"), path + ": " + policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }
}
