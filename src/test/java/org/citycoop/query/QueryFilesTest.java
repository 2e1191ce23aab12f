package org.citycoop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.citycoop.TestProject;
import org.junit.jupiter.api.Test;

/**
 * Query files as the benchmarks time them and the server offers them: parameters bound to their defaults (left
 * unbound, a name's label would be every label of the store), titled by their header.
 */
class QueryFilesTest {
    private final Path commonPartners = TestProject.queries().resolve("common-partners.rq");

    @Test
    void parametersAreBoundToTheirDefaults() {
        String text = QueryFiles.withDefaults(commonPartners);
        assertTrue(text.contains("\"Simeulue Regency\"@en"), text);
        assertFalse(text.contains("?city") || text.contains("?other,") || text.contains("?other)"), text);
    }

    @Test
    void theTitleIsTheHeadersTitleOrTheFirstComment() {
        assertEquals("Partners two places share", QueryFiles.title(commonPartners,
            QueryFiles.withDefaults(commonPartners)));
        Path cq01 = TestProject.queries().resolve("cq01-bandung-partners.rq");
        assertEquals("CQ1. With which cities or regions does Bandung cooperate, and through what?",
            QueryFiles.title(cq01, QueryFiles.withDefaults(cq01)));
    }
}
