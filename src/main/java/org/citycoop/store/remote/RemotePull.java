package org.citycoop.store.remote;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.Progress;
import org.citycoop.ontology.CC;
import org.citycoop.store.Store;

/**
 * Fills a new, empty local store with the CityCoop graphs of a remote store, each read whole by the Graph Store
 * Protocol and streamed into the store in one write transaction: the local store then starts as the copy it keeps
 * (on a new machine, say). What follows from the graphs is derived again as the write commits.
 */
final class RemotePull {
    private RemotePull() {
    }

    static void into(Store store, RemoteClient client, Progress progress) {
        Set<Node> graphs = RemoteCopy.graphs(client);
        graphs.removeIf(g -> g.getURI().startsWith(CC.GRAPH + "staging/") || g.equals(CC.INFERRED_GRAPH));
        progress.note("copying " + graphs.size() + " graph(s) from " + client.endpoints().describe()
            + " into " + store.description());
        store.write(progress, () -> {
            try (Progress.Phase reading = progress.phase("reading the remote store", -1, " triples")) {
                for (Node graph : graphs) {
                    reading.at(graph.getURI());
                    client.get(graph, into(store.dataset(), graph, reading));
                }
            }
            return null;
        });
    }

    private static StreamRDF into(DatasetGraph dataset, Node graph, Progress.Phase reading) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                dataset.add(graph, triple.getSubject(), triple.getPredicate(), triple.getObject());
                reading.stepBy(1);
            }
        };
    }
}
