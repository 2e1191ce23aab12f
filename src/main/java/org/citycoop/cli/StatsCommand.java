package org.citycoop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.citycoop.store.Statistics;
import org.citycoop.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code citycoop stats}: quads, graphs and entities per class. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count quads, triples per graph and entities per class.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    EndpointOption endpoint;

    @Override
    public Integer call() {
        try (GraphStore opened = endpoint.open(store, spec.commandLine().getErr())) {
            Statistics stats = Statistics.of(opened);
            PrintWriter out = spec.commandLine().getOut();
            out.println("quads: " + stats.quads());
            out.println("graphs: " + stats.graphs().size());
            stats.graphs().forEach(g -> out.printf("  %8d  %s%n", g.count(), g.name()));
            out.println("entities per class:");
            stats.classes().forEach(c -> out.printf("  %8d  %s%n", c.count(), c.name()));
            out.flush();
            return 0;
        }
    }
}
