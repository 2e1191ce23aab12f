package org.citycoop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.bench.CorpusGenerator;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code citycoop generate --records N --seed S}: a synthetic corpus for measuring loads and queries. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Write a synthetic corpus in the record formats, for benchmarks: the most populous cities of GeoNames "
        + "with governments, mayors' posts and mayors; twinnings with power-law partner counts; and news-like reports of "
        + "visits and meetings, agreements and cooperation over five decades.", "The same seed writes the same files."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--records", required = true, paramLabel = "N", description = "About how many records to write.")
    long records;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = {"-o", "--out"}, defaultValue = "corpus", paramLabel = "DIR",
        description = "The folder to write into (default: ${DEFAULT-VALUE}).")
    Path out;
    @Option(names = "--geonames", paramLabel = "FILE", defaultValue = "../shared/data/gazetteer/world/geonames-cities1000.csv",
        description = "GeoNames' cities of 1,000+ people (default: ${DEFAULT-VALUE}).")
    Path geonames;
    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        if (records < 16 || records > 10_000_000) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--records is " + records + ", expected 16 to 10000000");
        }
        if (!Files.isRegularFile(geonames)) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, geonames + ": no such file (GeoNames' cities1000 as in "
                + "../shared/data/gazetteer/world; choose it with --geonames)");
        }
        CorpusGenerator generator = CorpusGenerator.fromGeoNames(geonames);
        CorpusGenerator.Summary summary;
        try (ProgressBar bar = quiet ? null : Reports.progressBar("reports").build()) {
            summary = generator.generate(records, seed, out, (done, all) -> {
                if (bar != null) {
                    bar.maxHint(all);
                    bar.stepTo(done);
                }
            });
        }
        PrintWriter printed = spec.commandLine().getOut();
        printed.println("wrote " + summary.records() + " records into " + out + ": " + summary.cities() + " cities with "
            + "their governments, posts and mayors, " + summary.twinnings() + " twinnings, " + summary.reports()
            + " reports (seed " + seed + ")");
        printed.flush();
        return 0;
    }
}
