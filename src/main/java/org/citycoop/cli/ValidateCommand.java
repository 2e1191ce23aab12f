package org.citycoop.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.citycoop.load.LoadReport;
import org.citycoop.load.Loader;
import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code citycoop validate PATH...}: a trial load. Everything a load checks is checked against the store's
 * current contents (references, types, shapes), then rolled back.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check record and RDF files as a load would, against what the store holds, and write nothing.",
        "References may name anything in the given files or already in the store."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    TextsOption texts;
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to check.")
    List<Path> paths;

    @Override
    public Integer call() {
        try (Store opened = store.open()) {
            LoadReport report = Loader.builder().store(opened).trial(true).texts(texts.texts()).build()
                .load(paths);
            Reports.print(report, opened, spec.commandLine().getOut(), false);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
