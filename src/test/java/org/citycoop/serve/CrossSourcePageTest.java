package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.citycoop.TestProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /check} over a store holding the sample twin-town tables: the cross-source view as a page. */
class CrossSourcePageTest {
    private static ServerFixture fixture;

    @BeforeAll
    static void serve() {
        fixture = ServerFixture.over(TestProject.twinTownStore(), ServerConfig.builder());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void thePageListsWhatEachSourceSaysAndTheOtherDoesNot() {
        HttpResponse<byte[]> response = fixture.get("/check?limit=5", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        String page = ServerFixture.text(response);
        assertTrue(page.contains("Wikidata items naming a twin that does not name them back (3)"), page);
        assertTrue(page.contains("not in Wikipedia&#39;s lists of twin towns and sister cities (twin-towns.csv) (2)"),
            page);
        assertTrue(page.contains("<a href=\"/page/id/twinning/"), page);
        assertTrue(page.contains("Names given far from every place of that name in their country (1)"), page);
    }

    @Test
    void aBadLimitIsABadRequest() {
        HttpResponse<byte[]> response = fixture.get("/check?limit=lots");
        assertEquals(400, response.statusCode());
        assertTrue(ServerFixture.text(response).contains("limit is 'lots', expected a number from 0 to 1000"));
    }
}
