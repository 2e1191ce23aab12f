package org.citycoop.store.derive;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.citycoop.Progress;
import org.citycoop.TestProject;
import org.citycoop.bench.CorpusGenerator;
import org.citycoop.load.Loader;
import org.citycoop.ontology.CC;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild runs a rule again only when a rule run since added triples of a predicate it reads, and derives what
 * running whole rounds of the rules until a round adds nothing derives, with fewer rules run than whole rounds or
 * than running the rules in turn until as many in a row as there are have added nothing: on data/ and on a
 * generated corpus.
 */
class RebuildTest {
    @TempDir
    Path temp;

    @Test
    void aRebuildOfDataMatchesWholeRoundsWithFewerRulesRun() throws IOException {
        compare(List.of(TestProject.data()));
    }

    @Test
    void aRebuildOfAGeneratedCorpusMatchesWholeRoundsWithFewerRulesRun() throws IOException {
        CorpusGenerator.fromGeoNames(TestProject.shared().resolve("data/gazetteer/world/geonames-cities1000.csv"))
            .generate(600, 5, temp.resolve("corpus"));
        compare(List.of(TestProject.data(), temp.resolve("corpus")));
    }

    private static void compare(List<Path> paths) throws IOException {
        UpdateRequest rules = rules();
        try (Store store = Store.inMemory()) {
            Loader.builder().store(store).build().load(paths);
            DatasetGraph dataset = store.dataset();
            dataset.begin(org.apache.jena.query.TxnType.WRITE);
            try {
                List<String> lines = new ArrayList<>();
                new Derivation(rules, CC.INFERRED_GRAPH, CC.RETRACTING_GRAPH).rebuild(dataset, Progress.lines(lines::add));
                Graph rebuilt = copy(dataset.getGraph(CC.INFERRED_GRAPH));
                long rulesRun = Long.parseLong(lines.stream().filter(l -> l.startsWith("inferring done: ")).findFirst()
                    .orElseThrow().replaceAll("^inferring done: ([0-9,]+) rules run.*$", "$1").replace(",", ""));
                assertTrue(lines.contains("inferring: rule " + rules.getOperations().size() + " of "
                    + rules.getOperations().size() + ", round 1, from scratch"), "no rule named as it ran: " + lines);
                long untilIdle = untilAllIdle(rules, dataset);
                long wholeRounds = wholeRounds(rules, dataset);
                assertTrue(rebuilt.isIsomorphicWith(dataset.getGraph(CC.INFERRED_GRAPH)),
                    "the rebuild differs from whole rounds of the rules");
                assertTrue(rebuilt.size() > 1000, "inferred: " + rebuilt.size());
                assertTrue(rulesRun < wholeRounds, rulesRun + " rules run against " + wholeRounds + " in whole rounds");
                assertTrue(rulesRun < untilIdle, rulesRun + " rules run against " + untilIdle
                    + " in turn until all were idle");
            } finally {
                dataset.abort();
            }
        }
    }

    /** The rules in turn until as many in a row as there are rules have added nothing; returns the rules run. */
    private static long untilAllIdle(UpdateRequest rules, DatasetGraph dataset) {
        dataset.removeGraph(CC.INFERRED_GRAPH);
        List<Update> all = rules.getOperations();
        long run = 0;
        for (int i = 0, idle = 0; idle < all.size(); i = (i + 1) % all.size()) {
            long before = dataset.getGraph(CC.INFERRED_GRAPH).size();
            UpdateAction.execute(all.get(i), dataset);
            run++;
            idle = dataset.getGraph(CC.INFERRED_GRAPH).size() == before ? idle + 1 : 0;
        }
        return run;
    }

    /** The plain fixpoint: whole rounds of every rule until a round adds nothing; returns the rules run. */
    private static long wholeRounds(UpdateRequest rules, DatasetGraph dataset) {
        dataset.removeGraph(CC.INFERRED_GRAPH);
        long run = 0;
        long size = -1;
        while (dataset.getGraph(CC.INFERRED_GRAPH).size() != size) {
            size = dataset.getGraph(CC.INFERRED_GRAPH).size();
            for (Update rule : rules.getOperations()) {
                UpdateAction.execute(rule, dataset);
                run++;
            }
        }
        return run;
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private static UpdateRequest rules() throws IOException {
        try (InputStream in = Store.class.getResourceAsStream("inference.ru")) {
            return UpdateFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
