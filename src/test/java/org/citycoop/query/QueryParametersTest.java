package org.citycoop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.junit.jupiter.api.Test;

/** Parameters declared in a query's header, bound as terms whatever their values hold. */
class QueryParametersTest {
    private static final String QUERY = """
        # title: Places of a name
        # param: city = Bandung — a name of the city
        # param: limit (integer) = 10
        SELECT ?place WHERE { ?place <http://www.w3.org/2000/01/rdf-schema#label> ?label . FILTER(str(?label) = ?city) }
        LIMIT 5
        """;

    private static String filterOf(String bound) {
        Query query = QueryFactory.create(bound);
        StringBuilder filter = new StringBuilder();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementFilter element) {
                filter.append(element.getExpr().toString());
            }
        });
        return filter.toString();
    }

    @Test
    void theDefaultIsBoundWhenNoValueIsGiven() {
        QueryParameters parameters = QueryParameters.of(QUERY);
        assertEquals("Bandung", parameters.declared().get("city").defaultValue());
        assertEquals("integer", parameters.declared().get("limit").kind());
        assertTrue(filterOf(parameters.bind(Map.of())).contains("\"Bandung\""));
    }

    @Test
    void aHostileValueStaysOneLiteral() {
        String hostile = "x\") } ; DROP ALL ; SELECT * { ?s ?p ?o # \n }";
        String bound = QueryParameters.of(QUERY).bind(Map.of("city", hostile));
        Query query = QueryFactory.create(bound);
        assertTrue(query.isSelectType());
        assertEquals(1, query.getProjectVars().size());
        assertTrue(filterOf(bound).contains("DROP ALL"), "the value is inside the filter's literal: " + filterOf(bound));
    }

    @Test
    void anUndeclaredParameterOrAValueOfTheWrongKindIsRefused() {
        CityCoopException unknown = assertThrows(CityCoopException.class,
            () -> QueryParameters.of(QUERY).bind(Map.of("town", "Bandung")));
        assertEquals(ErrorId.BAD_OPTION, unknown.id());
        assertTrue(unknown.getMessage().contains("town"), unknown.getMessage());
        CityCoopException kind = assertThrows(CityCoopException.class,
            () -> QueryParameters.of(QUERY).bind(Map.of("limit", "10; DROP")));
        assertTrue(kind.getMessage().contains("whole number"), kind.getMessage());
    }

    @Test
    void anIriParameterTakesOnlyAnAbsoluteIriThatCannotEndTheTermEarly() {
        String query = "# param: place (iri) = https://w3id.org/citycoop/id/city/bandung\nSELECT * { ?place ?p ?o }";
        String bound = QueryParameters.of(query).bind(Map.of());
        assertTrue(bound.contains("<https://w3id.org/citycoop/id/city/bandung>"), bound);
        for (String hostile : new String[] {"https://x.org/a> ?p ?o } DROP ALL #", "bandung", "https://x.org/a b"}) {
            CityCoopException refused = assertThrows(CityCoopException.class,
                () -> QueryParameters.of(query).bind(Map.of("place", hostile)));
            assertTrue(refused.getMessage().contains("expected an absolute IRI"), refused.getMessage());
        }
    }

    @Test
    void aSourceParameterIsBoundAsTheSourcesGraphAndAKeyThatCannotBeOneIsRefused() {
        String query = "# param: source (source) = twins\nSELECT * { GRAPH ?source { ?s ?p ?o } }";
        assertTrue(QueryParameters.of(query).bind(Map.of()).contains("GRAPH <https://w3id.org/citycoop/graph/twins>"));
        for (String wrong : new String[] {"twin towns", "", "twins> { ?s ?p ?o } } #", "https://x.org/g"}) {
            CityCoopException refused = assertThrows(CityCoopException.class,
                () -> QueryParameters.of(query).bind(Map.of("source", wrong)));
            assertEquals(ErrorId.BAD_OPTION, refused.id());
            assertTrue(refused.getMessage().contains("expected the key of a source"), refused.getMessage());
        }
    }

    @Test
    void aNameBoundAloneStandsForTheNameInEveryLanguageAndStaysTerms() {
        String query = "# param: city = Bandung\nSELECT * { BIND(?city AS ?label) ?place ?p ?label "
            + "FILTER(?city != \"\") }";
        Query bound = QueryFactory.create(QueryParameters.of(query).bind(Map.of("city", "Kota \"Bandung\"")));
        java.util.List<org.apache.jena.graph.Node> terms = new java.util.ArrayList<>();
        ElementWalker.walk(bound.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementData data) {
                data.getRows().forEach(row -> terms.add(row.get(data.getVars().get(0))));
            }
        });
        assertEquals(1 + NameTerms.LANGUAGES.size(), terms.size(), terms.toString());
        assertTrue(terms.contains(org.apache.jena.graph.NodeFactory.createLiteralString("Kota \"Bandung\"")));
        assertTrue(terms.contains(org.apache.jena.graph.NodeFactory.createLiteralLang("Kota \"Bandung\"", "zh-Hant")));
        assertTrue(filterOf(bound.toString()).contains("Kota \\\"Bandung\\\""), filterOf(bound.toString()));
    }

    @Test
    void aCountryParameterTakesATwoLetterCodeInCapitals() {
        String query = "# param: country (country) = ID\nSELECT * { ?s ?p ?country }";
        assertTrue(QueryParameters.of(query).bind(Map.of("country", "jp")).contains("\"JP\""));
        CityCoopException refused = assertThrows(CityCoopException.class,
            () -> QueryParameters.of(query).bind(Map.of("country", "Indonesia")));
        assertTrue(refused.getMessage().contains("two-letter ISO 3166 code"), refused.getMessage());
    }

    @Test
    void theHeaderGivesTitleDescriptionAndParameters() {
        QueryHeader header = QueryHeader.of("""
            # title: Most connected places
            # description: The places of a country,
            #   most connected first.
            # param: country = ID — a code
            # example:
            #   | name |
            SELECT * { ?s ?p ?o }
            """, "q.rq");
        assertEquals("Most connected places", header.title());
        assertEquals("The places of a country, most connected first.", header.description());
        assertEquals("country", header.parameters().get(0).name());
        QueryHeader plain = QueryHeader.of("# CQ1. Who?\n# Partners: places linked.\nSELECT * {}", "q.rq");
        assertEquals("CQ1. Who?", plain.title());
        assertEquals("Partners: places linked.", plain.description());
        assertEquals("q.rq", QueryHeader.of("SELECT * {}", "q.rq").title());
    }
}
