package org.citycoop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.graph.NetworkFigures;
import org.citycoop.graph.NetworkFiguresSource;
import org.citycoop.graph.PairCounts;
import org.citycoop.graph.PlaceNetwork;
import org.citycoop.load.Loader;
import org.citycoop.store.GraphStore;
import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code citycoop analyze}: figures of the cooperation network, pairs of countries or regions, paths. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyse the cooperation network of places (an edge per pair of places that cc:cooperatesWith joins, "
        + "weighted by the sources that say so): degree, weighted degree, betweenness, harmonic closeness, connected "
        + "component, community (Leiden, optimising modularity) and rank by degree in the country.",
        "By default prints the most connected places and writes every figure into the store as the source "
            + "network-figures (cc:degree, cc:betweenness, ...), replacing the last analysis.",
        "--pairs counts links by pairs of countries or of provinces and prefectures; --path prints the shortest "
            + "cooperation path between two places."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    EndpointOption endpoint;
    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Places (or pairs) to print "
        + "(default ${DEFAULT-VALUE}).")
    int top;
    @Option(names = "--country", paramLabel = "CODE", description = "Print only the places of this country (ISO code).")
    String country;
    @Option(names = "--csv", description = "Print every place's figures (or every pair) as CSV instead of a table.")
    boolean csv;
    @Option(names = "--no-write", description = "Do not write the figures into the store.")
    boolean noWrite;
    @Option(names = "--centrality", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "Compute closeness and betweenness (the default; --no-centrality leaves them out).")
    boolean centrality;
    @Option(names = "--source", paramLabel = "KEY", description = "Analyse only the links this source states (as "
        + "./citycoop sources lists its key); given twice, the links both sources state.")
    List<String> sources;
    @Option(names = "--pairs", paramLabel = "LEVEL", description = "country or region: count links by pairs of "
        + "countries, or of provinces and prefectures.")
    String pairs;
    @Option(names = "--between", paramLabel = "CODE,CODE", split = ",", description = "With --pairs: only pairs "
        + "between these two countries (e.g. ID,JP).")
    List<String> between;
    @Option(names = "--path", arity = "2", paramLabel = "PLACE", description = "Print the shortest cooperation path "
        + "between two places, named as their labels write them.")
    List<String> path;

    @Override
    public Integer call() {
        checkOptions();
        PrintWriter err = spec.commandLine().getErr();
        if (endpoint.isRemote() && !noWrite) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "with --endpoint, analyze only prints (--no-write): its "
                + "figures are written by the local store that writes the remote one");
        }
        try (GraphStore opened = endpoint.open(store, spec.commandLine().getErr())) {
            long started = System.nanoTime();
            PlaceNetwork network = PlaceNetwork.read(opened, sources == null ? List.of() : sources);
            err.printf("read the network: %,d places, %,d links (%.1f s)%n", network.graph().vertexSet().size(),
                network.graph().edgeSet().size(), seconds(started));
            err.flush();
            if (path != null) {
                return printPath(network);
            }
            if (pairs != null) {
                printPairs(pairs.equals("country") ? PairCounts.byCountry(network) : PairCounts.byRegion(network));
                return 0;
            }
            NetworkFigures figures = figures(network, err);
            if (!noWrite && opened instanceof Store local) {
                Loader.builder().store(local).progress(ProgressBars.on(err, true)).build()
                    .loadSources(List.of(new NetworkFiguresSource(figures)));
                err.println("wrote the figures of " + figures.size() + " places into the source network-figures");
            }
            printFigures(figures);
            return 0;
        }
    }

    private void checkOptions() {
        if (sources != null && sources.size() > 2) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--source given " + sources.size() + " times: expected "
                + "one source, or two for the links both state");
        }
        if (top < 1) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--top " + top + ": expected a positive number");
        }
        if (pairs != null && !pairs.equals("country") && !pairs.equals("region")) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--pairs " + pairs + ": expected country or region");
        }
        if (between != null && (pairs == null || between.size() != 2)) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--between takes two country codes (ID,JP) and goes "
                + "with --pairs");
        }
    }

    private NetworkFigures figures(PlaceNetwork network, PrintWriter err) {
        long started = System.nanoTime();
        if (!centrality) {
            err.println("closeness and betweenness not computed (--no-centrality)");
        }
        NetworkFigures figures = NetworkFigures.of(network, centrality, phase -> {
            err.printf("computing %s (%.1f s)%n", phase, seconds(started));
            err.flush();
        });
        err.printf("computed the figures (%.1f s): %,d components, %,d communities (modularity %.3f)%n",
            seconds(started), figures.components(), figures.communities(), figures.modularity());
        return figures;
    }

    private int printPath(PlaceNetwork network) {
        List<Node> from = network.named(path.get(0));
        List<Node> to = network.named(path.get(1));
        for (int i = 0; i < 2; i++) {
            if ((i == 0 ? from : to).isEmpty()) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "--path: no place of the network is named '"
                    + path.get(i) + "'");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Node> shortest = List.of();
        for (Node a : from) {
            for (Node b : to) {
                List<Node> found = network.path(a, b);
                if (!found.isEmpty() && (shortest.isEmpty() || found.size() < shortest.size())) {
                    shortest = found;
                }
            }
        }
        if (shortest.isEmpty()) {
            out.println("no cooperation path joins " + path.get(0) + " and " + path.get(1));
        } else {
            out.println((shortest.size() - 1) + " link(s):");
            shortest.forEach(n -> out.println("  " + network.info(n).name() + " <" + n.getURI() + ">"));
        }
        out.flush();
        return 0;
    }

    private void printPairs(List<PairCounts.Pair> counted) {
        List<PairCounts.Pair> shown = counted.stream().filter(p -> between == null || p.between(between.get(0)
            .toUpperCase(Locale.ROOT), between.get(1).toUpperCase(Locale.ROOT))).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            print(out, List.of("first", "second", "links", "sources"), shown.stream().map(p -> List.<Object>of(
                p.first(), p.second(), p.links(), p.sources())).toList());
            return;
        }
        out.printf("%-40s %-40s %7s %8s%n", "first", "second", "links", "sources");
        shown.stream().limit(top).forEach(p -> out.printf("%-40s %-40s %7d %8d%n", p.first(), p.second(), p.links(),
            p.sources()));
        out.flush();
    }

    private void printFigures(NetworkFigures figures) {
        List<NetworkFigures.PlaceFigures> shown = figures.ranked().stream().filter(f -> country == null
            || country.equalsIgnoreCase(f.place().country())).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            print(out, List.of("place", "name", "country", "degree", "weightedDegree", "betweenness", "closeness",
                "component", "community", "rankInCountry"), shown.stream().map(f -> List.<Object>of(
                f.place().iri().getURI(), f.place().name(), f.place().country() == null ? "" : f.place().country(),
                f.degree(), f.weightedDegree(), Double.isNaN(f.betweenness()) ? "" : f.betweenness(),
                Double.isNaN(f.closeness()) ? "" : f.closeness(), f.component(), f.community(),
                f.rankInCountry())).toList());
            return;
        }
        out.printf("%-30s %-7s %6s %8s %12s %9s %9s %9s %5s%n", "place", "country", "degree", "weighted",
            "betweenness", "closeness", "component", "community", "rank");
        shown.stream().limit(top).forEach(f -> out.printf("%-30s %-7s %6d %8d %12s %9s %9d %9d %5s%n",
            f.place().name(), f.place().country() == null ? "" : f.place().country(), f.degree(), f.weightedDegree(),
            figure(f.betweenness(), "%.1f"), figure(f.closeness(), "%.4f"), f.component(), f.community(),
            f.rankInCountry() == 0 ? "" : Integer.toString(f.rankInCountry())));
        out.flush();
    }

    private static void print(PrintWriter out, List<String> header, List<List<Object>> rows) {
        try {
            CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
            printer.printRecords(rows);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String figure(double value, String format) {
        return Double.isNaN(value) ? "-" : String.format(format, value);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
