package org.citycoop.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.TestProject;
import org.citycoop.query.QueryRunner;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;

/** Every term that data and queries use is declared in the ontology; every entity a query names exists. */
class TermsDeclaredTest {
    private static final Set<String> BUILT_IN = Set.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2001/XMLSchema#");
    private final Ontology ontology = Ontology.load();

    @Test
    void everyPredicateAndClassInTheLoadedDataIsDeclared() {
        Store store = TestProject.dataStore();
        Set<String> undeclared = store.read(() -> {
            Set<String> missing = new TreeSet<>();
            try (Stream<Quad> quads = store.dataset().stream()) {
                quads.filter(q -> !q.getGraph().equals(CC.ONTOLOGY_GRAPH)).forEach(q -> {
                    check(q.getPredicate(), missing);
                    if (q.getPredicate().equals(Vocab.RDF_TYPE)) {
                        check(q.getObject(), missing);
                    }
                });
            }
            return missing;
        });
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void everyTermInTheQueriesIsDeclaredAndEveryEntityExists() throws IOException {
        Store store = TestProject.dataStore();
        Set<String> missing = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(TestProject.queries())) {
            files = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 12, "one query per competency question at least");
        for (Path file : files) {
            Query query = QueryRunner.parse(Files.readString(file), file.toString());
            for (Node iri : iris(query)) {
                if (iri.getURI().startsWith(CC.ID)) {
                    boolean exists = store.read(() -> store.dataset().getUnionGraph().contains(iri, Node.ANY, Node.ANY));
                    if (!exists) {
                        missing.add(file.getFileName() + ": no entity " + iri.getURI());
                    }
                } else {
                    check(iri, missing);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private void check(Node term, Set<String> missing) {
        if (!term.isURI() || BUILT_IN.stream().anyMatch(ns -> term.getURI().startsWith(ns))) {
            return;
        }
        boolean isConcept = term.getURI().startsWith(CC.BASE) && !term.getURI().startsWith(CC.NS)
            && !term.getURI().startsWith(CC.ID) && !term.getURI().startsWith(CC.GRAPH);
        if (term.getURI().startsWith(CC.ID) || term.getURI().startsWith(CC.GRAPH)) {
            return;
        }
        if (!ontology.declares(term)) {
            missing.add((isConcept ? "concept " : "term ") + term.getURI());
        }
    }

    /** The IRIs a query mentions anywhere (patterns, paths, filters, VALUES), namespaces themselves left out. */
    private static Set<Node> iris(Query query) {
        Query bare = query.cloneQuery();
        bare.setPrefixMapping(org.apache.jena.shared.PrefixMapping.Factory.create());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<([^>\\s]+)>").matcher(bare.toString());
        Set<Node> found = new java.util.HashSet<>();
        while (m.find()) {
            String iri = m.group(1);
            if (!iri.endsWith("/") && !iri.endsWith("#")) {
                found.add(org.apache.jena.graph.NodeFactory.createURI(iri));
            }
        }
        assertTrue(!found.isEmpty(), "a query without IRIs");
        return found;
    }
}
