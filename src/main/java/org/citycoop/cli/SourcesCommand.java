package org.citycoop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.citycoop.InputText;
import org.citycoop.store.GraphStore;
import org.citycoop.store.StoredSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code citycoop sources}: what the store holds, one line per source. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = {"List the sources the store holds: key, file, method (curated, imported, extracted), when it was "
        + "loaded and how many triples its graph holds.", "Take sources out with ./citycoop remove KEY."})
final class SourcesCommand implements Callable<Integer> {
    private static final String FORMAT = "%-28s %-9s %-20s %9s  %s%n";
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    EndpointOption endpoint;

    @Override
    public Integer call() {
        try (GraphStore opened = endpoint.open(store, spec.commandLine().getErr())) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf(FORMAT, "KEY", "METHOD", "LOADED", "TRIPLES", "FILE");
            List<StoredSource> sources = opened.read(() -> {
                List<StoredSource> all = opened.sources();
                for (StoredSource source : all) {
                    out.printf(FORMAT, InputText.printable(source.key()), source.method(), source.loadedAt(),
                        opened.triples(source), InputText.printable(source.file()));
                }
                return all;
            });
            out.println(sources.size() + " source(s) in " + opened.description());
            out.flush();
            return 0;
        }
    }
}
