package org.citycoop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.citycoop.load.LoadReport;
import org.citycoop.load.Loader;
import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code citycoop load [PATH...]}: loads records and RDF files into the store, in one transaction. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Load record files (YAML, JSON, CSV) and RDF files into the store.",
        "Each file is a source with its own named graph; a changed file replaces its graph, an unchanged one is left"
            + " alone. Sources loaded earlier from a folder given whose files are gone are listed (--prune removes them)."
            + " All or nothing: on any error the store is left as it was."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    TargetOptions target;
    @Mixin
    TextsOption texts;
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders (default: data).")
    List<Path> paths = List.of(Path.of("data"));
    @Option(names = {"-q", "--quiet"}, description = "Print only the summary.")
    boolean quiet;
    @Option(names = "--extracted", description = "Load drafts written by extract, and nothing else: each keeps to a graph "
        + "of its own, marked method extracted, apart from the curated records.")
    boolean extracted;
    @Option(names = "--prune", description = "Remove the sources loaded earlier from the folders given whose files are "
        + "gone, with what was derived from them.")
    boolean prune;
    @Option(names = "--replace", description = "Let a file take the place of a stored source of the same key that came "
        + "from another file (without it, such a load is refused).")
    boolean replace;

    @Override
    public Integer call() {
        try (Store opened = store.open()) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            org.citycoop.Progress progress = ProgressBars.forWrite(err, quiet);
            target.attach(opened, progress);
            LoadReport report = Loader.builder().store(opened).onlyMethod(extracted ? "extracted" : null)
                .prune(prune).replace(replace).texts(texts.texts()).progress(progress).build().load(paths);
            Reports.print(report, opened, out, quiet);
            return 0;
        }
    }
}
