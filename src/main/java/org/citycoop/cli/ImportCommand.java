package org.citycoop.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.load.LoadReport;
import org.citycoop.load.Loader;
import org.citycoop.load.Source;
import org.citycoop.load.SourceFiles;
import org.citycoop.load.gazetteer.GazetteerSource;
import org.citycoop.ontology.Ontology;
import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code citycoop import gazetteer FILE...}: public gazetteers into the store, each file its own graph. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import public tables as they are published. Kinds: gazetteer (GeoNames cities1000; Indonesian "
        + "provinces, regencies, districts; Japanese prefectures, municipalities).",
        "Each file is a source with its own graph; places get their gazetteer codes as identifiers and are linked "
            + "(skos:exactMatch) to curated places with the same code. Import a parent list with or before its children "
            + "(provinces before regencies, regencies before districts)."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Parameters(index = "0", paramLabel = "KIND", description = "gazetteer")
    String kind;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The files, in their published format.")
    List<Path> files;
    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;
    @Option(names = "--replace", description = "Let a file take the place of a stored source of the same key that came "
        + "from another file.")
    boolean replace;

    @Override
    public Integer call() {
        if (!kind.equals("gazetteer")) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "unknown kind of import '" + kind + "', expected gazetteer");
        }
        Ontology ontology = Ontology.load();
        PrintWriter err = spec.commandLine().getErr();
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CityCoopException(ErrorId.UNREADABLE_INPUT, file + ": no such file");
            }
            sources.add(new GazetteerSource(file, SourceFiles.digest(file, ontology)));
        }
        try (Store opened = store.open()) {
            LoadReport report = Loader.builder().store(opened).replace(replace).progress(ProgressBars.on(err, quiet))
                .build().loadSources(sources);
            Reports.print(report, opened, spec.commandLine().getOut(), false);
            return 0;
        }
    }
}
