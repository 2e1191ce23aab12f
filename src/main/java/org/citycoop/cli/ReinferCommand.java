package org.citycoop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code citycoop reinfer}: the inferred graph derived again from what the store holds. */
@Command(name = "reinfer", mixinStandardHelpOptions = true,
    description = "Derive the inferred graph again from scratch, from the curated and imported sources the store holds.")
final class ReinferCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Store opened = store.openExisting()) {
            PrintWriter err = spec.commandLine().getErr();
            opened.write(ProgressBars.forWrite(err, false), () -> {
                opened.deriveAllAtCommit();
                return null;
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println(opened.read(opened::inferredTriples) + " inferred triples in " + opened.description());
            out.flush();
            return 0;
        }
    }
}
