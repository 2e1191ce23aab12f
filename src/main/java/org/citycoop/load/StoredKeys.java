package org.citycoop.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.citycoop.Location;
import org.citycoop.load.record.Definition;
import org.citycoop.load.record.Family;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.store.Store;

/** The keys a load resolves references against: those the store holds and those the files being loaded define. */
final class StoredKeys {
    private StoredKeys() {
    }

    /** Keys in the store, except those of the graphs being loaded again, then the keys the files define. */
    static KeyIndex index(Store store, Ontology ontology, List<Source> sources) {
        Set<Node> reloaded = sources.stream().filter(s -> !(s instanceof UnchangedSource)).map(Source::graph)
            .collect(Collectors.toSet());
        KeyIndex keys = new KeyIndex();
        for (Definition stored : storedDefinitions(store, ontology, reloaded)) {
            keys.define(stored);
        }
        for (Source source : sources) {
            source.definitions().forEach(keys::define);
        }
        return keys;
    }

    private static List<Definition> storedDefinitions(Store store, Ontology ontology, Set<Node> excluded) {
        String query = "SELECT ?g ?e ?k ?t ?file WHERE { GRAPH ?g { ?e <" + CC.key.getURI() + "> ?k ; a ?t "
            + "OPTIONAL { ?g <" + CC.loadedFrom.getURI() + "> ?file } } }";
        Map<String, Definition> found = new LinkedHashMap<>();
        try (QueryExecution exec = QueryExecution.dataset(store.asDataset()).query(query).build()) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                Node graph = row.get("g").asNode();
                if (excluded.contains(graph)) {
                    continue;
                }
                Node type = row.get("t").asNode();
                Location origin = row.contains("file") ? new Location(row.getLiteral("file").getLexicalForm(), 0, 0) : null;
                String key = row.getLiteral("k").getLexicalForm();
                for (Family family : Family.values()) {
                    if (ontology.isSubClassOf(type, family.base())) {
                        found.putIfAbsent(family + "/" + key,
                            new Definition(key, family, row.get("e").asNode(), type, origin, graph));
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }
}
