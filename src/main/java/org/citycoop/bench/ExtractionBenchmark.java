package org.citycoop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.citycoop.extract.ExtractOptions;
import org.citycoop.extract.Extractor;
import org.citycoop.extract.GazetteerNames;
import org.citycoop.extract.KnownThings;
import org.citycoop.extract.ReportText;
import org.citycoop.store.Store;

/**
 * The extractor's speed on a folder of reports, on one thread, after the JVM has compiled its code: sentences per
 * second, the median of timed passes over all the reports after passes that warm it up. Beside it, the same passes of
 * Lucene's Indonesian and English analysers (tokens, stop words, stemming) over the same texts: the cost of merely
 * reading the words, which any rule-based reader pays.
 */
public final class ExtractionBenchmark {
    private static final int WARM_UP = 15;
    private static final int TIMED = 15;
    private final Extractor extractor;
    private final List<String> texts = new ArrayList<>();
    private int sentences;

    /**
     * @param store      the curated records whose names the extractor resolves
     * @param gazetteers the gazetteer files it reads places from
     * @param reports    a folder of reports (.txt, .html)
     */
    public ExtractionBenchmark(Store store, List<Path> gazetteers, Path reports) {
        this.extractor = new Extractor(KnownThings.of(store), GazetteerNames.read(gazetteers));
        try (Stream<Path> files = Files.list(reports)) {
            files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted()
                .forEach(f -> texts.add(ReportText.read(f).text()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the reports in " + reports, e);
        }
    }

    /** The extractor's figure and its reference's. */
    public List<Figure> run() {
        sentences = 0;
        for (String text : texts) {
            sentences += extractor.extract(text, new ExtractOptions(null, null, "bench")).document().sentences().size();
        }
        double extraction = median(() -> texts.forEach(t -> extractor.extract(t, new ExtractOptions(null, null, "bench"))));
        double reading;
        try (Analyzer indonesian = new IndonesianAnalyzer(); Analyzer english = new EnglishAnalyzer()) {
            reading = median(() -> texts.forEach(t -> {
                analyse(indonesian, t);
                analyse(english, t);
            }));
        }
        String rounds = "median of " + TIMED + " passes after " + WARM_UP + ", one thread";
        return List.of(
            new Figure("extract " + texts.size() + " reports, " + sentences + " sentences", extraction,
                String.format("%.0f sentences/s; %s", sentences / (extraction / 1000), rounds)),
            new Figure("reference: Lucene's Indonesian and English analysers on the same texts", reading,
                String.format("%.0f sentences/s; the extractor takes %.1f times as long; %s",
                    sentences / (reading / 1000), extraction / reading, rounds)));
    }

    private static void analyse(Analyzer analyzer, String text) {
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            tokens.reset();
            while (tokens.incrementToken()) {
                // each token is read, as a reader of the text must
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a text in memory could not be read", e);
        }
    }

    private static double median(Runnable pass) {
        for (int i = 0; i < WARM_UP; i++) {
            pass.run();
        }
        double[] millis = new double[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            pass.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[TIMED / 2];
    }
}
