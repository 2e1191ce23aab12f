package org.citycoop.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.function.Consumer;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateFactory;
import org.citycoop.ontology.CC;
import org.citycoop.store.derive.Derivation;

/**
 * Makes the ontology's entailments that analysts rely on visible to SPARQL: super-classes and super-properties,
 * symmetric, inverse and transitive properties, the place hierarchy, posts held, participants, and the derived
 * "cooperates with" between places. The rules are SPARQL updates ({@code inference.ru}); what they derive goes to
 * one graph, {@link CC#INFERRED_GRAPH}, kept up to date before every write commits (see
 * {@link DerivingDatasetGraph}): from the change where it can, from scratch where it must.
 */
public final class Inferencer {
    private final Derivation derivation;

    public Inferencer() {
        try (InputStream in = Inferencer.class.getResourceAsStream("inference.ru")) {
            derivation = new Derivation(UpdateFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
                CC.INFERRED_GRAPH, CC.RETRACTING_GRAPH);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the jar lacks the inference rules", e);
        }
    }

    /** Rebuilds the inferred graph; call inside a write transaction. Returns the number of inferred triples. */
    public long infer(DatasetGraph dataset) {
        return infer(dataset, message -> { });
    }

    /** Rebuilds the inferred graph, telling {@code progress} how far each round got. */
    public long infer(DatasetGraph dataset, Consumer<String> progress) {
        return derivation.rebuild(dataset, progress);
    }

    /**
     * Brings the inferred graph up to date with a change of premises; where the change is one the update does not
     * follow (the class hierarchy, say), rebuilds it.
     */
    public void update(DatasetGraph dataset, Collection<Triple> removed, Collection<Triple> added,
            Consumer<String> progress) {
        try {
            derivation.update(dataset, removed, added, progress);
        } catch (Derivation.RebuildNeeded e) {
            progress.accept("inferring from scratch: " + e.getMessage());
            infer(dataset, progress);
        }
    }
}
