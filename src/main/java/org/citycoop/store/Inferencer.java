package org.citycoop.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.citycoop.Progress;

import java.util.Iterator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.citycoop.ontology.CC;
import org.citycoop.store.derive.Derivation;

/**
 * Makes the ontology's entailments that analysts rely on visible to SPARQL: super-classes and super-properties,
 * symmetric, inverse and transitive properties, the place hierarchy, posts held, participants, and the derived
 * "cooperates with" between places. The rules are SPARQL updates ({@code inference.ru}); what they derive goes to
 * one graph, {@link CC#INFERRED_GRAPH}, kept up to date before every write commits (see
 * {@link DerivingDatasetGraph}): from the change where it can, from scratch where it must. Which IRI stands for a
 * place several sources name is recorded there too, once the rules have run ({@link CanonicalPlaces}).
 */
public final class Inferencer {
    private final Derivation derivation;

    public Inferencer() {
        derivation = new Derivation(rules(), CC.INFERRED_GRAPH, CC.RETRACTING_GRAPH);
    }

    /** The inference rules, as the jar holds them ({@code inference.ru}). */
    public static UpdateRequest rules() {
        try (InputStream in = Inferencer.class.getResourceAsStream("inference.ru")) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the inference rules");
            }
            return UpdateFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the inference rules", e);
        }
    }

    /** Rebuilds the inferred graph; call inside a write transaction. Returns the number of inferred triples. */
    public long infer(DatasetGraph dataset) {
        return infer(dataset, Progress.NONE);
    }

    /** Rebuilds the inferred graph, telling {@code progress} how far each round got. */
    public long infer(DatasetGraph dataset, Progress progress) {
        long size = derivation.rebuild(dataset, progress) + CanonicalPlaces.update(dataset);
        recordSize(dataset, size);
        return size;
    }

    /**
     * How many triples the inferred graph holds, as recorded in it ({@code void:triples}, kept by every derivation
     * so that asking costs no pass over the graph), or counted where a store lacks the record.
     */
    public static long size(DatasetGraph dataset) {
        Iterator<Quad> recorded = dataset.find(CC.INFERRED_GRAPH, CC.INFERRED_GRAPH, VOID.triples.asNode(), Node.ANY);
        if (recorded.hasNext()) {
            return Long.parseLong(recorded.next().getObject().getLiteralLexicalForm());
        }
        return dataset.getGraph(CC.INFERRED_GRAPH).size();
    }

    private static void recordSize(DatasetGraph dataset, long size) {
        dataset.deleteAny(CC.INFERRED_GRAPH, CC.INFERRED_GRAPH, VOID.triples.asNode(), Node.ANY);
        dataset.add(CC.INFERRED_GRAPH, CC.INFERRED_GRAPH, VOID.triples.asNode(),
            NodeFactory.createLiteralDT(Long.toString(size), XSDDatatype.XSDinteger));
    }

    /**
     * Brings the inferred graph up to date with a change of premises; where the change is one the update does not
     * follow (the class hierarchy, say), rebuilds it.
     */
    public void update(DatasetGraph dataset, Collection<Triple> removed, Collection<Triple> added,
            Progress progress) {
        try {
            long before = size(dataset);
            Derivation.Change change = derivation.update(dataset, removed, added, progress);
            long canonical = CanonicalPlaces.update(dataset);
            recordSize(dataset, before - change.retracted() + change.added() + canonical);
        } catch (Derivation.RebuildNeeded e) {
            progress.note("inferring from scratch: " + e.getMessage());
            infer(dataset, progress);
        }
    }
}
