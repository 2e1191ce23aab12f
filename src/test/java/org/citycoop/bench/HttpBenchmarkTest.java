package org.citycoop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.citycoop.TestProject;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;

/**
 * The HTTP benchmark times every query, entity pages next to the same DESCRIBE, and the graph API, over a real
 * server on 127.0.0.1, with one client and with several; every request of the data/ store is answered.
 */
class HttpBenchmarkTest {
    @Test
    void everyJobIsTimedAndAnsweredWithOneClientAndWithSeveral() {
        Store store = TestProject.dataStore();
        List<String> cities = HttpBenchmark.cities(store, 5);
        assertEquals(5, cities.size(), cities.toString());
        List<String> steps = new ArrayList<>();
        List<Figure> figures = new HttpBenchmark(store, TestProject.queries(), 2, steps::add).run(cities, 3);

        // per client count: every query, /data, DESCRIBE, /page, graph API at two depths, and the ratio
        int queries = org.citycoop.query.QueryFiles.in(TestProject.queries()).size();
        assertEquals(2 * (queries + 5 + 1), figures.size(), figures.toString());
        for (Figure figure : figures) {
            if (figure.job().startsWith("entity pages / DESCRIBE")) {
                assertTrue(figure.detail().matches("\\d+\\.\\d\\d x the throughput of the same DESCRIBE .*"), figure.detail());
                continue;
            }
            assertTrue(figure.detail().endsWith(" 0 errors, 0 timeouts"), figure.job() + ": " + figure.detail());
            assertTrue(figure.millis() > 0, figure.toString());
        }
        assertTrue(figures.stream().anyMatch(f -> f.job().equals("graph API, depth 2, 3 clients")
            && f.detail().contains("6 requests")), figures.toString());
        assertTrue(steps.contains("requesting query cq12-place-hierarchy.rq with 3 client(s)"), steps.toString());
    }
}
