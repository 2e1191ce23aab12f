package org.citycoop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.citycoop.load.LoadReport;
import org.citycoop.load.Loader;
import org.citycoop.store.Statistics;
import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code citycoop serve}: makes sure the store holds the curated data, loading {@code data/} into an empty store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Load data/ into the store if the store is empty, then report what the store holds.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
        description = "Records loaded into an empty store (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        try (Store opened = store.open()) {
            var out = spec.commandLine().getOut();
            if (opened.isEmpty() && Files.isDirectory(data)) {
                out.println("the store " + opened.description() + " is empty: loading " + data);
                LoadReport report = Loader.builder().store(opened).build().load(List.of(data));
                Reports.print(report, opened, out, true);
            }
            Statistics stats = Statistics.of(opened);
            out.println("store " + opened.description() + " holds " + stats.quads() + " quads in "
                + stats.graphs().size() + " graphs");
            out.flush();
            return 0;
        }
    }
}
