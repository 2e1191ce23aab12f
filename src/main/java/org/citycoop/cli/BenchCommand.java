package org.citycoop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.Progress;
import org.citycoop.bench.CorpusGenerator;
import org.citycoop.bench.ExtractionBenchmark;
import org.citycoop.bench.Figure;
import org.citycoop.bench.HttpBenchmark;
import org.citycoop.bench.LoadBenchmark;
import org.citycoop.bench.NetworkImportBenchmark;
import org.citycoop.graph.NetworkModel;
import org.citycoop.graph.StoreNetwork;
import org.citycoop.load.Loader;
import org.citycoop.query.QueryFiles;
import org.citycoop.query.QueryRunner;
import org.citycoop.query.ResultFormat;
import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code citycoop bench}: measures the main jobs on fresh stores in a temporary folder and prints the figures:
 * loading data/, importing gazetteers, answering the competency queries, building the whole network, the explorer's
 * neighbourhoods and search, and, with {@code --reports}, extracting records from news reports.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure loading, importing, querying and graph building on fresh temporary stores.",
        "Timings are wall-clock on this machine; queries are run --repeat times and their median is reported."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @picocli.CommandLine.Mixin
    TargetOptions target;
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Records to load (default: ${DEFAULT-VALUE}).")
    Path data;
    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "Queries to time (default: ${DEFAULT-VALUE}).")
    Path queries;
    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Gazetteer files to import into the loaded store, "
        + "each timed on its own, in order (units before the places they hold).")
    List<Path> gazetteers = List.of();
    @Option(names = "--twin-towns", paramLabel = "FILE", description = "Wikipedia's lists of twin towns to import after "
        + "the gazetteers, timed.")
    List<Path> twinTowns = List.of();
    @Option(names = "--wikidata", paramLabel = "TSV", description = "Wikidata's P190 pairs to import last, timed; "
        + "with --wikidata-names.")
    Path wikidata;
    @Option(names = "--wikidata-names", paramLabel = "TSV", description = "The labels of the items of --wikidata.")
    Path wikidataNames;
    @Option(names = "--repeat", defaultValue = "20", description = "Runs of each query (default: ${DEFAULT-VALUE}).")
    int repeat;
    @Option(names = "--records", paramLabel = "N", description = "Also load a generated corpus of about N records, side by "
        + "side with Jena's TDB2 bulk loader, one TDB2 write transaction and RIOT's parse of the same quads, then change "
        + "one record (five times, median); repeat for more sizes.")
    List<Long> records = List.of();
    @Option(names = "--http", description = "Also time requests over HTTP (queries, entity pages next to the same DESCRIBE, "
        + "the graph API) against a server on 127.0.0.1 over the store of the largest generated corpus (or of --data).")
    boolean http;
    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients of the second HTTP round "
        + "(default: ${DEFAULT-VALUE}).")
    int clients;
    @Option(names = "--requests", defaultValue = "50", description = "HTTP requests per job and client "
        + "(default: ${DEFAULT-VALUE}).")
    int requests;
    @Option(names = "--seed", defaultValue = "1", description = "The generated corpus's seed (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--keep", description = "Keep the temporary folder of the run (stores, corpora, quads) and say "
        + "where it is; without it, the folder is deleted at the end.")
    boolean keep;

    @Option(names = "--reports", paramLabel = "DIR", description = "Also time extract on the reports of this folder "
        + "(.txt, .html), beside Lucene's analysers reading the same texts: sentences per second on one thread.")
    Path reports;
    @Option(names = "--report-gazetteer", paramLabel = "FILE", description = "A gazetteer file extract reads places from "
        + "while timed, as extract --gazetteer takes it; may be repeated.")
    List<Path> reportGazetteers = List.of();

    @Option(names = "--store", paramLabel = "DIR", description = "Time the requests over HTTP on this existing store "
        + "instead: nothing is loaded or generated, and the store is left as it was. Given twice (the whole network "
        + "and the curated data, say), each store in turn, their figures side by side.")
    List<Path> existing = List.of();

    @Option(names = "--geonames", paramLabel = "FILE", defaultValue = "../shared/data/gazetteer/world/geonames-cities1000.csv",
        description = "GeoNames' cities for the generated corpus (default: ${DEFAULT-VALUE}).")
    Path geonames;

    @Override
    public Integer call() throws Exception {
        if (!existing.isEmpty()) {
            print(existingStores());
            return 0;
        }
        if ((wikidata == null) != (wikidataNames == null)) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--wikidata and --wikidata-names go together: the pairs "
                + "and the labels of their items");
        }
        if (reports != null && !Files.isDirectory(reports)) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--reports " + reports + ": no such folder; expected a "
                + "folder of reports (.txt, .html)");
        }
        Path folder = Files.createTempDirectory("citycoop-bench");
        try {
            print(measure(folder));
            return 0;
        } finally {
            if (keep) {
                spec.commandLine().getErr().println("the stores, corpora and quads of this run are kept in " + folder);
            } else {
                // a run of a million records leaves some 20 GB of stores and quads behind
                org.apache.commons.io.file.PathUtils.deleteDirectory(folder);
            }
        }
    }

    private List<Figure> measure(Path folder) throws java.io.IOException {
        List<Figure> figures = new ArrayList<>();
        try (Store store = Store.open(folder.resolve("store"))) {
            // with --target, every load and import below is also sent to the remote store, and timed so
            target.attach(store, org.citycoop.Progress.NONE);
            long start = System.nanoTime();
            Loader.builder().store(store).build().load(List.of(data));
            figures.add(new Figure("load " + data, elapsed(start), quads(store) + " quads after inference"));
            if (reports != null) { // before the imports: extract resolves names against the curated records
                figures.addAll(new ExtractionBenchmark(store, reportGazetteers, reports).run());
            }
            figures.addAll(new NetworkImportBenchmark(store, folder, ProgressBars.on(spec.commandLine().getErr(), false))
                .gazetteers(gazetteers).twinTowns(twinTowns).wikidata(wikidata, wikidataNames).run());
            figures.addAll(queryFigures(store, ""));
            if (target.target != null && !target.target.startsWith("file:")) {
                figures.addAll(remoteFigures());
            }
            long begin = System.nanoTime();
            NetworkModel model = NetworkModel.read(store);
            figures.add(new Figure("build the whole network (exports)", elapsed(begin), model.relations().size() + " relations"));
            StoreNetwork network = new StoreNetwork(store);
            figures.add(new Figure("neighbourhood of Bandung, depth 2", median(() -> network.neighbourhood(
                "https://w3id.org/citycoop/id/city/bandung", 2, java.util.Set.of(), null, 50)), "median of " + repeat));
            figures.add(new Figure("search 'band'", median(() -> network.search("band", 20)),
                "median of " + repeat + ", through the text index"));
        }
        if (!records.isEmpty()) {
            LoadBenchmark loads = new LoadBenchmark(CorpusGenerator.fromGeoNames(geonames), folder,
                ProgressBars.on(spec.commandLine().getErr(), false));
            for (long size : records) {
                figures.addAll(loads.run(size, seed));
            }
        }
        if (http) {
            Path served = records.isEmpty() ? folder.resolve("store")
                : folder.resolve("store-" + records.stream().max(Long::compare).orElseThrow());
            figures.addAll(httpFigures(served));
        }
        return figures;
    }

    /** Each query, a neighbourhood and a search over the remote store, beside the same over the local one. */
    private List<Figure> remoteFigures() {
        List<Figure> figures = new ArrayList<>();
        try (org.citycoop.store.remote.RemoteStore remote = EndpointOption.openRemote(target.target)) {
            String over = " over " + target.target;
            figures.addAll(queryFigures(remote, over));
            StoreNetwork network = new StoreNetwork(remote);
            figures.add(new Figure("neighbourhood of Bandung, depth 2" + over, median(() -> network.neighbourhood(
                "https://w3id.org/citycoop/id/city/bandung", 2, java.util.Set.of(), null, 50)), "median of " + repeat));
            figures.add(new Figure("search 'band'" + over, median(() -> network.search("band", 20)),
                "median of " + repeat + ", by REGEX in the store"));
        }
        return figures;
    }

    /** Each query of the folder, the median of its runs. */
    private List<Figure> queryFigures(org.citycoop.store.GraphStore store, String over) {
        List<Figure> figures = new ArrayList<>();
        for (Path query : QueryFiles.in(queries)) {
            String text = QueryFiles.withDefaults(query);
            QueryRunner runner = new QueryRunner(store);
            figures.add(new Figure("query " + query.getFileName() + over, median(() -> {
                runner.run(text, query.toString(), ResultFormat.CSV, java.io.OutputStream.nullOutputStream());
                return null;
            }), "median of " + repeat));
        }
        return figures;
    }

    /**
     * The requests over HTTP on stores that are there already, such as one that took half an hour to load; with more
     * than one, each figure named after its store's folder, the figures of one job side by side.
     */
    private List<Figure> existingStores() {
        if (!records.isEmpty() || !gazetteers.isEmpty() || !twinTowns.isEmpty() || wikidata != null || reports != null) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--store times the store it names as it is; --records, "
                + "--gazetteer, --twin-towns, --wikidata and --reports need fresh ones: give --store alone, or leave it "
                + "out");
        }
        List<List<Figure>> byStore = new ArrayList<>();
        for (Path store : existing) {
            List<Figure> timed = httpFigures(StoreOption.existing(store, "leave --store out to time fresh stores"));
            String name = store.toAbsolutePath().normalize().getFileName().toString();
            byStore.add(existing.size() == 1 ? timed : timed.stream().map(f -> new Figure(f.job() + " [" + name + "]",
                f.millis(), f.detail())).toList());
        }
        List<Figure> sideBySide = new ArrayList<>();
        for (int i = 0; i < byStore.get(0).size(); i++) {
            for (List<Figure> timed : byStore) {
                if (i < timed.size()) {
                    sideBySide.add(timed.get(i));
                }
            }
        }
        return sideBySide;
    }

    private List<Figure> httpFigures(Path served) {
        // the server's request log would time the terminal, not the server
        org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.jena.fuseki",
            org.apache.logging.log4j.Level.WARN);
        try (Store store = Store.open(served)) {
            return new HttpBenchmark(store, queries, requests, System.err::println)
                .run(HttpBenchmark.cities(store, 50), clients);
        }
    }

    private double median(Supplier<Object> job) {
        job.get();
        double[] runs = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            job.get();
            runs[i] = elapsed(start);
        }
        java.util.Arrays.sort(runs);
        return runs[repeat / 2];
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static long quads(Store store) {
        return store.read(() -> store.dataset().stream().count());
    }

    private void print(List<Figure> figures) {
        PrintWriter out = spec.commandLine().getOut();
        Runtime runtime = Runtime.getRuntime();
        out.printf("on %s %s (%s), %d processors; Java %s (%s), max heap %d MiB%n", System.getProperty("os.name"),
            System.getProperty("os.version"), System.getProperty("os.arch"), runtime.availableProcessors(),
            System.getProperty("java.version"), System.getProperty("java.vm.name"), runtime.maxMemory() >> 20);
        out.printf("%-48s %12s  %s%n", "job", "ms", "detail");
        for (Figure figure : figures) {
            out.printf("%-48s %12.1f  %s%n", figure.job(), figure.millis(), figure.detail());
        }
        out.printf("heap in use at the end: %d MiB of %d MiB allowed; %d processors%n",
            (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20, runtime.availableProcessors());
        out.flush();
    }
}
