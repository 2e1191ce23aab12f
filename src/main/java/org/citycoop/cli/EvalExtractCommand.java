package org.citycoop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.extract.Evaluation;
import org.citycoop.extract.GazetteerNames;
import org.citycoop.extract.GoldEvaluation;
import org.citycoop.extract.GoldReport;
import org.citycoop.extract.ExtractOptions;
import org.citycoop.extract.Extractor;
import org.citycoop.extract.KnownThings;
import org.citycoop.extract.ReportText;
import org.citycoop.load.Loader;
import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code citycoop eval-extract}: precision, recall and F1 of the extractor against what reports state, as curated
 * records of the same reports or as a gold file in JSON.
 */
@Command(name = "eval-extract", mixinStandardHelpOptions = true,
    description = {"Extract every report of --articles and compare what is drafted with what the reports state: "
        + "precision, recall and F1 per kind.",
        "--gold FILE.json: a gold file of facts by name, one entry per report (keyed by its file name without "
        + "extension; see ../shared/news-dev/README.md for the form); reports are dated by the entry's publication "
        + "date when it is a full date.",
        "--gold DIR: curated record files of the same reports, found by each report's SHA-256."})
final class EvalExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--articles", paramLabel = "DIR", required = true, description = "The reports (.txt, .html).")
    Path articles;
    @Option(names = "--gold", paramLabel = "FILE|DIR", required = true,
        description = "A gold file in JSON, or curated record files of the same reports.")
    Path gold;
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
        description = "The curated records the extractor knows (default: ${DEFAULT-VALUE}).")
    Path data;
    @Option(names = "--gazetteer", paramLabel = "FILE", description = "A gazetteer file, as extract takes it; may be "
        + "repeated.")
    List<Path> gazetteers = new ArrayList<>();
    @Option(names = {"-v", "--verbose"}, description = "List every fact drafted wrongly (+) or missed (-).")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        List<Path> reports;
        try (Stream<Path> files = Files.list(articles)) {
            reports = files.filter(f -> f.toString().matches(".*\\.(txt|html|htm)$")).sorted().toList();
        }
        if (reports.isEmpty()) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, articles + ": no reports (.txt, .html) to evaluate");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean json = Files.isRegularFile(gold) && gold.toString().endsWith(".json");
        try (Store store = Store.inMemory()) {
            List<Path> records = new ArrayList<>(List.of(data));
            if (!json && !gold.toAbsolutePath().normalize().startsWith(data.toAbsolutePath().normalize())) {
                records.add(gold);
            }
            Loader.builder().store(store).build().load(records);
            Extractor extractor = new Extractor(KnownThings.of(store), GazetteerNames.read(gazetteers));
            Map<String, Evaluation.Score> scores = new LinkedHashMap<>();
            if (json) {
                againstJson(extractor, reports, out).scores().forEach((kind, score) -> scores.put(kind.label(), score));
            } else {
                againstRecords(extractor, store, reports, out).scores()
                    .forEach((kind, score) -> scores.put(kind.label(), score));
            }
            printScores(out, scores);
        }
        return 0;
    }

    private Evaluation againstRecords(Extractor extractor, Store store, List<Path> reports, PrintWriter out)
            throws IOException {
        Evaluation evaluation = new Evaluation();
        for (Path report : reports) {
            byte[] bytes = Files.readAllBytes(report);
            ReportText text = ReportText.read(report);
            evaluation.add(extractor.extract(text.text(), new ExtractOptions(null, null, "x")), store,
                org.citycoop.Sha256.of(bytes));
            out.println("evaluated " + report.getFileName() + " (" + new String(bytes, StandardCharsets.UTF_8).length()
                + " characters)");
        }
        return evaluation;
    }

    private GoldEvaluation againstJson(Extractor extractor, List<Path> reports, PrintWriter out) {
        Map<String, GoldReport> golds = GoldReport.readAll(gold);
        GoldEvaluation evaluation = new GoldEvaluation(extractor.known());
        int evaluated = 0;
        for (Path report : reports) {
            GoldReport entry = golds.get(report.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
            if (entry == null) {
                out.println("skipped " + report.getFileName() + ": no entry in " + gold.getFileName());
                continue;
            }
            LocalDate date = entry.date() != null && entry.date().matches("\\d{4}-\\d{2}-\\d{2}")
                ? LocalDate.parse(entry.date()) : null;
            evaluation.add(extractor.extract(ReportText.read(report).text(), new ExtractOptions(date, null, "x")), entry);
            evaluated++;
        }
        if (evaluated < golds.size()) {
            out.println((golds.size() - evaluated) + " entries of " + gold.getFileName() + " have no report in "
                + articles);
        }
        out.println("evaluated " + evaluated + " reports against " + gold.getFileName());
        return evaluation;
    }

    private void printScores(PrintWriter out, Map<String, Evaluation.Score> scores) {
        out.printf("%-20s %9s %7s %7s %4s %4s %4s%n", "kind", "precision", "recall", "F1", "TP", "FP", "FN");
        scores.forEach((label, score) -> {
            out.printf("%-20s %9.2f %7.2f %7.2f %4d %4d %4d%n", label, score.precision(), score.recall(), score.f1(),
                score.truePositives(), score.falsePositives(), score.falseNegatives());
            if (verbose) {
                score.errors().forEach(error -> out.println("    " + error));
            }
        });
        out.flush();
    }
}
