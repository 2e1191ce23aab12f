package org.citycoop.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.citycoop.ontology.CC;

/**
 * Makes the ontology's entailments that analysts rely on visible to SPARQL: super-classes and super-properties,
 * symmetric, inverse and transitive properties, the place hierarchy, posts held, participants, and the derived
 * "cooperates with" between places. The rules are SPARQL updates ({@code inference.ru}) run until nothing new
 * follows; what they derive goes to one graph, {@link CC#INFERRED_GRAPH}, rebuilt before every write commits (see
 * {@link DerivingDatasetGraph}).
 */
public final class Inferencer {
    private static final int MAX_ROUNDS = 20;
    private final UpdateRequest rules;

    public Inferencer() {
        try (InputStream in = Inferencer.class.getResourceAsStream("inference.ru")) {
            rules = UpdateFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the jar lacks the inference rules", e);
        }
    }

    /** Rebuilds the inferred graph; call inside a write transaction. Returns the number of inferred triples. */
    public long infer(DatasetGraph dataset) {
        return infer(dataset, message -> { });
    }

    /** Rebuilds the inferred graph, telling {@code progress} how far each round got. */
    public long infer(DatasetGraph dataset, java.util.function.Consumer<String> progress) {
        dataset.removeGraph(CC.INFERRED_GRAPH);
        long size = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            UpdateAction.execute(rules, dataset);
            long now = dataset.getGraph(CC.INFERRED_GRAPH).size();
            progress.accept("inferring: round " + (round + 1) + ", " + String.format("%,d", now) + " triples");
            if (now == size) {
                break;
            }
            size = now;
        }
        return size;
    }
}
