package org.citycoop.store.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.citycoop.Progress;
import org.citycoop.ontology.CC;
import org.citycoop.store.WrittenGraphs;

/**
 * One write of the store sent to a remote store, in two steps. First every graph that changed as a whole is
 * uploaded to a staging graph of its own; nothing the store's users query changes yet. Then one update request
 * copies each staging graph over its graph, drops the graphs that are gone, removes and adds the listed quads
 * (each as the store holds it now: present, so added; absent, so removed) and sets the new revision. That request
 * does the same when sent twice, so a failure half-way through sending it is met by sending it again; the staging
 * graphs are dropped once it has gone through.
 */
final class Publication {
    /** The graph of a remote store that holds the revision of what CityCoop last wrote there. */
    static final Node GRAPH = NodeFactory.createURI(CC.GRAPH + "publication");
    private static final String STAGING = CC.GRAPH + "staging/";
    private final DatasetGraph store;
    private final String revision = UUID.randomUUID().toString();
    private final UpdateRequest update = new UpdateRequest();
    private final List<Node> staging = new ArrayList<>();
    private long quadsListed;
    private long triplesUploaded;

    /** @param store the store as it will be once the write commits, without drafts */
    Publication(DatasetGraph store) {
        this.store = store;
    }

    String revision() {
        return revision;
    }

    /**
     * Uploads the graphs changed as a whole to staging graphs, and notes what the update does with them. Each
     * staging graph is recorded in the revision's graph before it is written, so that one left behind by a failed
     * write is dropped by the next.
     */
    void stageWhole(Set<Node> graphs, GraphUploads uploads, Progress.Phase phase, RemoteClient client) {
        for (Node graph : graphs) {
            if (!store.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                update.add(new UpdateDrop(graph, true));
                continue;
            }
            phase.at(graph.getURI());
            Node target = NodeFactory.createURI(STAGING + revision + "/" + staging.size());
            client.update(new UpdateRequest(new UpdateDataInsert(part(target))));
            // noted before it is filled: a failed upload's staging graph is dropped too
            staging.add(target);
            triplesUploaded += uploads.upload(store, graph, target, phase);
            update.add(new UpdateCopy(Target.create(target), Target.create(graph), true));
        }
    }

    /** Notes the listed quads of each graph: removed where the store no longer holds them, added where it does. */
    void list(Map<Node, Set<Quad>> quads) {
        QuadDataAcc removed = new QuadDataAcc();
        QuadDataAcc added = new QuadDataAcc();
        quads.values().forEach(set -> set.forEach(quad -> {
            (store.contains(quad) ? added : removed).addQuad(quad);
            quadsListed++;
        }));
        if (!removed.getQuads().isEmpty()) {
            update.add(new UpdateDataDelete(removed));
        }
        if (!added.getQuads().isEmpty()) {
            update.add(new UpdateDataInsert(added));
        }
    }

    /** The update that makes the remote store like this one, the new revision set last. */
    UpdateRequest update() {
        UpdateRequest request = new UpdateRequest();
        update.getOperations().forEach(request::add);
        QuadAcc old = new QuadAcc();
        old.addQuad(new Quad(GRAPH, GRAPH, OWL.versionInfo.asNode(), Var.alloc("revision")));
        request.add(new UpdateDeleteWhere(old));
        QuadDataAcc now = new QuadDataAcc();
        now.addQuad(new Quad(GRAPH, GRAPH, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(revision)));
        request.add(new UpdateDataInsert(now));
        return request;
    }

    /** Notes staging graphs that failed writes left behind, to be dropped by this one's update. */
    void dropLeftovers(Set<Node> leftovers) {
        leftovers.forEach(graph -> {
            update.add(new UpdateDrop(graph, true));
            update.add(new UpdateDataDelete(part(graph)));
        });
    }

    /** The update that drops the staging graphs. */
    UpdateRequest cleanUp() {
        UpdateRequest request = new UpdateRequest();
        staging.forEach(graph -> {
            request.add(new UpdateDrop(graph, true));
            request.add(new UpdateDataDelete(part(graph)));
        });
        return request;
    }

    /** The record, in the revision's graph, that a staging graph exists. */
    private static QuadDataAcc part(Node staging) {
        QuadDataAcc quads = new QuadDataAcc();
        quads.addQuad(new Quad(GRAPH, GRAPH, DCTerms.hasPart.asNode(), staging));
        return quads;
    }

    boolean hasStaging() {
        return !staging.isEmpty();
    }

    /** What was sent, for people. */
    String summary(WrittenGraphs written) {
        return String.format("%,d graph(s) sent whole (%,d triples), %,d quad(s) changed one by one",
            staging.size(), triplesUploaded, quadsListed);
    }
}
