package org.citycoop.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.VOID;
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

    /**
     * Counts a store. A graph that records its size ({@code void:triples}: a source's own triples, to which its
     * description is added, and the inferred graph) is not read through; the others are counted quad by quad.
     */
    public static Statistics of(GraphStore store) {
        return store.read(() -> {
            Statistics counted = ofGraphs(store);
            List<Count> classes = counts(store, "SELECT ?n (COUNT(DISTINCT ?s) AS ?c) WHERE { ?s a ?n . "
                + "FILTER(STRSTARTS(STR(?n), \"" + CC.NS + "\")) } GROUP BY ?n ORDER BY DESC(?c) ?n");
            return new Statistics(counted.quads(), counted.graphs(), classes);
        });
    }

    /**
     * The quads and graphs alone, with no classes: what takes seconds on a store of millions of quads, where the
     * entities by class take a pass over every type the store holds.
     */
    public static Statistics ofGraphs(GraphStore store) {
        return store.read(() -> {
            List<Count> graphs = new ArrayList<>();
            store.curated().listGraphNodes().forEachRemaining(graph -> graphs.add(new Count(graph.toString(),
                size(store.curated(), graph))));
            graphs.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::name));
            long quads = graphs.stream().mapToLong(Count::count).sum();
            return new Statistics(quads, graphs, List.of());
        });
    }

    private static long size(DatasetGraph dataset, Node graph) {
        Iterator<Quad> recorded = dataset.find(graph, graph, VOID.triples.asNode(), Node.ANY);
        if (recorded.hasNext()) {
            String lexical = recorded.next().getObject().getLiteralLexicalForm();
            return Long.parseLong(lexical) + dataset.stream(graph, graph, Node.ANY, Node.ANY).count();
        }
        return dataset.stream(graph, Node.ANY, Node.ANY, Node.ANY).count();
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
