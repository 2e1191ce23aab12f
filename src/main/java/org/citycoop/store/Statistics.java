package org.citycoop.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.citycoop.ontology.CC;

/**
 * Counts what a store holds: quads, triples per named graph, and entities per CityCoop class.
 *
 * @param quads   all quads in all named graphs
 * @param graphs  triples per graph, largest first
 * @param classes distinct entities per class (the inferred super-classes included), largest first
 */
public record Statistics(long quads, List<Count> graphs, List<Count> classes) {

    /** A name and how many. */
    public record Count(String name, long count) {
    }

    public static Statistics of(GraphStore store) {
        return store.read(() -> {
            long quads = store.curated().stream().count();
            List<Count> graphs = counts(store,
                "SELECT ?n (COUNT(*) AS ?c) WHERE { GRAPH ?n { ?s ?p ?o } } GROUP BY ?n ORDER BY DESC(?c) ?n");
            List<Count> classes = counts(store, "SELECT ?n (COUNT(DISTINCT ?s) AS ?c) WHERE { ?s a ?n . "
                + "FILTER(STRSTARTS(STR(?n), \"" + CC.NS + "\")) } GROUP BY ?n ORDER BY DESC(?c) ?n");
            return new Statistics(quads, graphs, classes);
        });
    }

    private static List<Count> counts(GraphStore store, String query) {
        List<Count> counts = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.dataset(store.curatedDataset()).query(query).build()) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                counts.add(new Count(row.get("n").toString(), row.getLiteral("c").getLong()));
            }
        }
        return counts;
    }
}
