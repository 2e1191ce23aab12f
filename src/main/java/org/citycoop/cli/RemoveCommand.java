package org.citycoop.cli;

import java.io.PrintWriter;
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

/** {@code citycoop remove SOURCE...}: takes sources out of the store with what was derived from them. */
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = {"Take sources out of the store, with everything derived from them. Name each by its key, graph IRI "
        + "or file (./citycoop sources lists them).",
        "All or nothing: if what is left would break the shapes (another source refers to what is removed), nothing "
            + "is removed."})
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    TargetOptions target;
    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Keys, graph IRIs or files of stored sources.")
    List<String> sources;

    @Override
    public Integer call() {
        try (Store opened = store.openExisting()) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            org.citycoop.Progress progress = ProgressBars.forWrite(err, false);
            target.attach(opened, progress);
            LoadReport report = Loader.builder().store(opened).progress(progress).build().remove(sources);
            Reports.print(report, opened, out, false);
            return 0;
        }
    }
}
