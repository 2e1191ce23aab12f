package org.citycoop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.citycoop.load.LoadReport;
import org.citycoop.load.Loader;
import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code citycoop check --full}: the whole store against the shapes, and its derivations made again. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check the whole store against the shapes and derive the inferred graph again from scratch.",
        "Loads check only the records they touch (and those that refer to them); this checks everything, as after a "
            + "change of shapes. All or nothing: a store that breaks a shape is reported and left as it was."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Option(names = "--full", description = "Check every record (what check does; the option says so in scripts).")
    boolean full;

    @Override
    public Integer call() {
        try (Store opened = store.openExisting()) {
            PrintWriter err = spec.commandLine().getErr();
            LoadReport report = Loader.builder().store(opened).progress(ProgressBars.on(err, false)).build().checkAll();
            PrintWriter out = spec.commandLine().getOut();
            out.println("the store in " + opened.description() + " conforms to the shapes; " + report.inferred()
                + " inferred triples");
            out.flush();
            return 0;
        }
    }
}
