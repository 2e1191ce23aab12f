package org.citycoop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.citycoop.Progress;
import org.citycoop.load.Loader;
import org.citycoop.store.Store;

/**
 * Load throughput on a generated corpus, side by side with its {@link References} in the same run: CityCoop's load
 * (records parsed, checked, mapped, validated and derived) against Jena's TDB2 bulk loader loading the very quads
 * that load produced, and against RIOT only parsing them. Then the cost of changing one record of the corpus and
 * loading it again.
 */
public final class LoadBenchmark {
    /** How many times a one-record change is measured. */
    private static final int CHANGES = 5;
    private static final String FIRST_REPORT = "reports/synthetic-report-000001.yaml";
    private final CorpusGenerator generator;
    private final Path folder;
    private final Progress progress;

    /**
     * @param generator where the corpus comes from
     * @param folder    an empty folder for the corpus, the stores and the quads
     * @param progress  told of each step, and of the phases of each load (a load of a million records takes a while)
     */
    public LoadBenchmark(CorpusGenerator generator, Path folder, Progress progress) {
        this.generator = generator;
        this.folder = folder;
        this.progress = progress;
    }

    /** Measures the load of about {@code records} generated records; the last two figures are a one-record change. */
    public List<Figure> run(long records, long seed) {
        Path corpus = folder.resolve("corpus-" + records);
        progress.note("generating " + records + " records");
        CorpusGenerator.Summary summary = generator.generate(records, seed, corpus);
        List<Figure> figures = new ArrayList<>();
        try (Store store = Store.open(folder.resolve("store-" + records))) {
            progress.note("loading them with citycoop");
            HeapPeak.reset();
            long start = System.nanoTime();
            Loader.builder().store(store).progress(progress).build().load(List.of(corpus));
            double citycoop = millis(start);
            String heap = HeapPeak.describe();
            figures.addAll(new References(folder, progress).alongside(store, "citycoop load, " + summary.records()
                + " records", citycoop, summary.records(), "records", String.valueOf(records), heap));
            figures.add(oneRecordChanged(store, corpus, summary));
            figures.add(oneFileChanged(store, corpus, summary));
        }
        return figures;
    }

    private Figure oneRecordChanged(Store store, Path corpus, CorpusGenerator.Summary summary) {
        progress.note("loading a one-record change");
        return new Figure("one record changed, " + summary.records() + " in the store",
            medianOfChanges(store, corpus, corpus), "median of " + CHANGES + "; the folder loaded again: unchanged "
                + "files skipped (each one's size and time looked at), the changed one's nodes checked, what follows "
                + "from the change derived");
    }

    /** The same change loaded as the one file it is in: what the change itself costs, without the folder's. */
    private Figure oneFileChanged(Store store, Path corpus, CorpusGenerator.Summary summary) {
        progress.note("loading a one-record change as its file");
        return new Figure("one record changed, its file loaded, " + summary.records() + " in the store",
            medianOfChanges(store, corpus, corpus.resolve(FIRST_REPORT)), "median of " + CHANGES
                + "; only the changed file given to load");
    }

    /**
     * Changes the first report's title {@link #CHANGES} times, loading {@code loaded} after each change; returns the
     * median time. One change alone, early in a run, says more about a JVM not yet compiled than about the load.
     */
    private double medianOfChanges(Store store, Path corpus, Path loaded) {
        double[] times = new double[CHANGES];
        for (int i = 0; i < CHANGES; i++) {
            reviseTitle(corpus);
            long start = System.nanoTime();
            Loader.builder().store(store).progress(progress).build().load(List.of(loaded));
            times[i] = millis(start);
        }
        Arrays.sort(times);
        return times[CHANGES / 2];
    }

    /** Changes the title of the first report again; returns its file. */
    private static Path reviseTitle(Path corpus) {
        Path report = corpus.resolve(FIRST_REPORT);
        try {
            Files.writeString(report, Files.readString(report).replaceFirst("title: ", "title: Revised "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
