package org.citycoop.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.citycoop.Progress;
import org.citycoop.load.imports.Imported;
import org.citycoop.load.imports.Importer;
import org.citycoop.store.Store;

/**
 * The import of the whole network into a store that holds data/: the gazetteers, one file at a time in the order
 * given (units before the places they hold, as {@code import gazetteer} orders them), Wikipedia's lists of twin towns
 * and Wikidata's pairs, each timed with the most heap it kept; then the whole of it beside its {@link References}
 * in the same run (Jena's TDB2 bulk loader, one TDB2 write transaction and RIOT's parse of the quads the store then
 * holds).
 *
 * <pre>{@code
 * List<Figure> figures = new NetworkImportBenchmark(store, folder, progress)
 *     .gazetteers(files).twinTowns(wikipedia).wikidata(relations, names).run();
 * }</pre>
 */
public final class NetworkImportBenchmark {
    private final Store store;
    private final Path folder;
    private final Progress progress;
    private final List<Path> gazetteers = new ArrayList<>();
    private final List<Path> twinTowns = new ArrayList<>();
    private Path relations;
    private Path names;

    /**
     * @param store    a store that holds data/, imported into
     * @param folder   where the quads and the reference stores are written
     * @param progress told of each phase of each import
     */
    public NetworkImportBenchmark(Store store, Path folder, Progress progress) {
        this.store = store;
        this.folder = folder;
        this.progress = progress;
    }

    /** Gazetteer files to import, each timed on its own, in this order. */
    public NetworkImportBenchmark gazetteers(List<Path> files) {
        gazetteers.addAll(files);
        return this;
    }

    /** Wikipedia's lists of twin towns to import. */
    public NetworkImportBenchmark twinTowns(List<Path> files) {
        twinTowns.addAll(files);
        return this;
    }

    /** Wikidata's pairs and their labels to import, or nulls for none. */
    public NetworkImportBenchmark wikidata(Path pairs, Path labels) {
        this.relations = pairs;
        this.names = labels;
        return this;
    }

    /** Imports, timing each file; then sets their sum beside the references, when anything was imported. */
    public List<Figure> run() {
        Importer importer = Importer.builder().store(store).progress(progress).build();
        List<Figure> figures = new ArrayList<>();
        double total = 0;
        for (Path file : gazetteers) {
            total += timed(figures, "import " + file.getFileName(), () -> importer.gazetteers(List.of(file)));
        }
        for (Path file : twinTowns) {
            total += timed(figures, "import " + file.getFileName(), () -> importer.twinTowns(List.of(file)));
        }
        if (relations != null) {
            total += timed(figures, "import " + relations.getFileName(), () -> importer.wikidata(List.of(relations),
                names));
        }
        if (!figures.isEmpty()) {
            long triples = store.read(() -> store.sources().stream().mapToLong(store::triples).sum());
            figures.addAll(new References(folder, progress).alongside(store, "the whole network: the "
                + figures.size() + " imports above", total, triples, "triples of the sources' graphs", "network", ""));
        }
        return figures;
    }

    /** Runs one import, adds its figure (with how its names resolved, if it resolved names); returns its time. */
    private static double timed(List<Figure> figures, String job, Supplier<Imported> importing) {
        HeapPeak.reset();
        long start = System.nanoTime();
        Imported imported = importing.get();
        double millis = (System.nanoTime() - start) / 1e6;
        StringBuilder detail = new StringBuilder();
        imported.load().sources().forEach(source -> detail.append(String.format("%,d triples; ", source.triples())));
        imported.resolutions().forEach(resolved -> detail.append(resolved.report().summary()).append("; "));
        figures.add(new Figure(job, millis, detail + HeapPeak.describe()));
        return millis;
    }
}
