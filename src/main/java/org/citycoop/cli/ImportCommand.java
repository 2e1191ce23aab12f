package org.citycoop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.load.imports.Imported;
import org.citycoop.load.imports.Importer;
import org.citycoop.load.twins.ResolutionReport;
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
        + "provinces, regencies, districts; Japanese prefectures, municipalities); twin-towns (Wikipedia's lists: "
        + "city1,country1,lat1,lng1,city2,country2,lat2,lng2); wikidata-p190 (Wikidata's twinned administrative bodies: "
        + "tab-separated pairs of items, with --names giving the items' labels).",
        "Twin towns' names resolve to the places the store holds (import the gazetteers first, and Wikipedia's lists "
            + "before Wikidata's pairs, whose items have neither country nor coordinates and are told apart by their "
            + "partners); a name that does not is kept as an unresolved place of its own and listed by --report.",
        "Each file is a source with its own graph; places get their gazetteer codes as identifiers and are linked "
            + "(skos:exactMatch) to curated places with the same code. Import a parent list with or before its children "
            + "(provinces before regencies, regencies before districts)."})
final class ImportCommand implements Callable<Integer> {
    private static final List<String> KINDS = List.of("gazetteer", "twin-towns", "wikidata-p190");
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    TargetOptions target;
    @Parameters(index = "0", paramLabel = "KIND", description = "gazetteer, twin-towns or wikidata-p190")
    String kind;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The files, in their published format.")
    List<Path> files;
    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;
    @Option(names = "--replace", description = "Let a file take the place of a stored source of the same key that came "
        + "from another file.")
    boolean replace;
    @Option(names = "--names", paramLabel = "TSV", description = "wikidata-p190: the items' labels (item, tab, label).")
    Path names;
    @Option(names = "--report", paramLabel = "CSV", description = "twin-towns, wikidata-p190: write the names that did not resolve, "
        + "with the candidates considered, to this file.")
    Path unresolved;

    @Override
    public Integer call() {
        checkOptions();
        PrintWriter err = spec.commandLine().getErr();
        try (Store opened = store.open()) {
            org.citycoop.Progress progress = ProgressBars.forWrite(err, quiet);
            target.attach(opened, progress);
            Importer importer = Importer.builder().store(opened).replace(replace).progress(progress).build();
            Imported imported = switch (kind) {
                case "gazetteer" -> importer.gazetteers(files);
                case "twin-towns" -> importer.twinTowns(files);
                default -> importer.wikidata(files, names);
            };
            Reports.print(imported.load(), opened, spec.commandLine().getOut(), false);
            resolutions(imported.resolutions());
            return 0;
        }
    }

    private void checkOptions() {
        if (!KINDS.contains(kind)) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "unknown kind of import '" + kind
                + "', expected gazetteer, twin-towns or wikidata-p190");
        }
        if (unresolved != null && kind.equals("gazetteer")) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--report is for twin-towns and wikidata-p190 imports");
        }
        if (kind.equals("wikidata-p190") != (names != null)) {
            throw new CityCoopException(ErrorId.BAD_OPTION, names == null
                ? "wikidata-p190 needs --names FILE, the items' labels" : "--names is for wikidata-p190 imports");
        }
        List<Path> inputs = new ArrayList<>(files);
        if (names != null) {
            inputs.add(names);
        }
        for (Path file : inputs) {
            if (!Files.isRegularFile(file)) {
                throw new CityCoopException(ErrorId.UNREADABLE_INPUT, file + ": no such file");
            }
        }
    }

    /** Prints how each twin-town table's names resolved, and writes the unresolved ones where asked. */
    private void resolutions(List<Imported.Resolved> resolutions) {
        PrintWriter out = spec.commandLine().getOut();
        for (Imported.Resolved resolved : resolutions) {
            ResolutionReport report = resolved.report();
            if (report.names() > 0) {
                out.println(resolved.file() + ": " + report.summary());
                if (unresolved != null) {
                    writeReport(report);
                    out.println("unresolved names written to " + unresolved);
                }
            }
        }
        out.flush();
    }

    private void writeReport(ResolutionReport report) {
        try (java.io.Writer writer = Files.newBufferedWriter(OutputFiles.prepared(unresolved))) {
            report.writeUnresolved(writer);
        } catch (java.io.IOException e) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--report " + unresolved + ": cannot write it: "
                + e.getMessage(), e);
        }
    }
}
