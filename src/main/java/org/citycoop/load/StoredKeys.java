package org.citycoop.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.Location;
import org.citycoop.load.record.Definition;
import org.citycoop.load.record.Family;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.ontology.Vocab;
import org.citycoop.store.Store;

/**
 * The keys a load resolves references against: those the files being loaded define, and those the store holds
 * outside the graphs being loaded again, read key by key through the store's indexes, so that a load reads of the
 * store what its files name. Use inside a transaction.
 */
final class StoredKeys implements KeyIndex.Stored {
    private final DatasetGraph dataset;
    private final Ontology ontology;
    private final Set<Node> excluded;

    private StoredKeys(DatasetGraph dataset, Ontology ontology, Set<Node> excluded) {
        this.dataset = dataset;
        this.ontology = ontology;
        this.excluded = excluded;
    }

    /** The keys of the store, except those of the graphs being loaded again, then the keys the files define. */
    static KeyIndex index(Store store, Ontology ontology, List<Source> sources) {
        Set<Node> reloaded = sources.stream().filter(s -> !(s instanceof UnchangedSource)).map(Source::graph)
            .collect(Collectors.toSet());
        KeyIndex keys = new KeyIndex(new StoredKeys(store.dataset(), ontology, reloaded));
        for (Source source : sources) {
            source.definitions().forEach(keys::define);
        }
        return keys;
    }

    @Override
    public Collection<Definition> find(String key) {
        List<Definition> found = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, CC.key, NodeFactory.createLiteralString(key))
            .forEachRemaining(quad -> define(quad, found));
        // most keys of a load are new: one shared empty list, not one per key
        return found.isEmpty() ? List.of() : found;
    }

    /** Scans every key: for the suggestions of an error message only. */
    @Override
    public List<Definition> startingWith(String prefix, int limit) {
        List<Definition> found = new ArrayList<>();
        Iterator<Quad> keys = dataset.find(Node.ANY, Node.ANY, CC.key, Node.ANY);
        while (keys.hasNext() && found.size() < limit) {
            Quad quad = keys.next();
            if (quad.getObject().isLiteral() && quad.getObject().getLiteralLexicalForm().startsWith(prefix)) {
                define(quad, found);
            }
        }
        return found;
    }

    private void define(Quad keyed, List<Definition> found) {
        Node graph = keyed.getGraph();
        if (excluded.contains(graph) || !keyed.getObject().isLiteral()) {
            return;
        }
        String key = keyed.getObject().getLiteralLexicalForm();
        Iterator<Quad> file = dataset.find(graph, graph, CC.loadedFrom, Node.ANY);
        Location origin = file.hasNext() ? new Location(file.next().getObject().getLiteralLexicalForm(), 0, 0) : null;
        dataset.find(graph, keyed.getSubject(), Vocab.RDF_TYPE, Node.ANY).forEachRemaining(typed -> {
            for (Family family : Family.values()) {
                boolean defined = found.stream().anyMatch(d -> d.family() == family && d.key().equals(key));
                if (!defined && ontology.isSubClassOf(typed.getObject(), family.base())) {
                    found.add(new Definition(key, family, keyed.getSubject(), typed.getObject(), origin, graph));
                }
            }
        });
    }
}
