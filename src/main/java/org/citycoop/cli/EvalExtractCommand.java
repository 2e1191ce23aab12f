package org.citycoop.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.extract.Evaluation;
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

/** {@code citycoop eval-extract}: precision, recall and F1 of the extractor against curated records of the same reports. */
@Command(name = "eval-extract", mixinStandardHelpOptions = true,
    description = {"Extract every report of --articles and compare the statements with the curated records of the same "
        + "reports (found in --gold by the report's SHA-256): precision, recall and F1 per kind of statement."})
final class EvalExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--articles", paramLabel = "DIR", required = true, description = "The reports (.txt, .html).")
    Path articles;
    @Option(names = "--gold", paramLabel = "DIR", required = true, description = "Curated record files of the same reports.")
    Path gold;
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
        description = "The curated records the gold refers to (default: ${DEFAULT-VALUE}).")
    Path data;
    @Option(names = {"-v", "--verbose"}, description = "List every statement found wrongly (+) or missed (-).")
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
        try (Store store = Store.inMemory()) {
            List<Path> records = new ArrayList<>(List.of(data));
            if (!gold.toAbsolutePath().normalize().startsWith(data.toAbsolutePath().normalize())) {
                records.add(gold);
            }
            Loader.builder().store(store).build().load(records);
            Extractor extractor = new Extractor(KnownThings.of(store));
            Evaluation evaluation = new Evaluation();
            for (Path report : reports) {
                byte[] bytes = Files.readAllBytes(report);
                String sha = org.citycoop.Sha256.of(bytes);
                ReportText text = ReportText.read(report);
                evaluation.add(extractor.extract(text.text(), new ExtractOptions(null, null, "x")), store, sha);
                out.println("evaluated " + report.getFileName() + " (" + new String(bytes, StandardCharsets.UTF_8).length()
                    + " characters)");
            }
            out.printf("%-18s %9s %7s %7s %4s %4s %4s%n", "kind", "precision", "recall", "F1", "TP", "FP", "FN");
            evaluation.scores().forEach((kind, score) -> {
                out.printf("%-18s %9.2f %7.2f %7.2f %4d %4d %4d%n", kind.label(), score.precision(), score.recall(),
                    score.f1(), score.truePositives(), score.falsePositives(), score.falseNegatives());
                if (verbose) {
                    score.errors().forEach(error -> out.println("    " + error));
                }
            });
            out.flush();
        }
        return 0;
    }
}
