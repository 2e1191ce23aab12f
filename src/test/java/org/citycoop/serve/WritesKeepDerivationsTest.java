package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.citycoop.ontology.CC;
import org.junit.jupiter.api.Test;

/**
 * Writes over HTTP (SPARQL Update, the Graph Store Protocol) leave no derived fact whose premises are gone, and
 * derive what follows from what they add, before the write's answer comes back.
 */
class WritesKeepDerivationsTest {
    private static final String ADMIN = "curator:a long secret";
    private static final String TWINNED = "ASK { GRAPH <" + CC.INFERRED_GRAPH.getURI() + "> { <" + CC.ID + "city/bandung> <"
        + CC.twinnedWith.getURI() + "> <" + CC.ID + "city/%s> } }";

    @Test
    void droppingAGraphOrPuttingOneChangesWhatIsDerived() {
        try (ServerFixture fixture = new ServerFixture(ServerConfig.builder()
                .credentials(new Credentials("curator", "a long secret")))) {
            assertTrue(ask(fixture, TWINNED.formatted("suwon")));

            HttpResponse<byte[]> drop = fixture.send(authorised(fixture, "/ds/update")
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <" + CC.GRAPH + "twins>")).build());
            assertEquals(204, drop.statusCode());
            assertTrue(!ask(fixture, TWINNED.formatted("suwon")), "twinned with Suwon although the twinning is gone");

            String twinning = "<urn:test:t> a <" + CC.Twinning.getURI() + "> ; <" + CC.twin.getURI() + "> <" + CC.ID
                + "city/bandung> , <" + CC.ID + "city/suwon> .";
            HttpResponse<byte[]> put = fixture.send(authorised(fixture, "/ds/data?graph=urn:test:twins")
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(twinning)).build());
            assertEquals(201, put.statusCode());
            assertTrue(ask(fixture, TWINNED.formatted("suwon")), "a twinning put by the Graph Store Protocol is derived");

            HttpResponse<byte[]> delete = fixture.send(authorised(fixture, "/ds/data?graph=urn:test:twins").DELETE().build());
            assertEquals(204, delete.statusCode());
            assertTrue(!ask(fixture, TWINNED.formatted("suwon")));
        }
    }

    private static HttpRequest.Builder authorised(ServerFixture fixture, String path) {
        return HttpRequest.newBuilder(URI.create(fixture.url(path))).header("Authorization",
            "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean ask(ServerFixture fixture, String query) {
        String answer = ServerFixture.text(fixture.get("/ds/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
            "Accept", "application/sparql-results+json"));
        assertTrue(answer.contains("\"boolean\""), answer);
        return answer.contains("true");
    }
}
