package org.citycoop.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.graph.Network;
import org.citycoop.graph.NetworkFormat;
import org.citycoop.graph.NetworkKind;
import org.citycoop.graph.NetworkModel;
import org.citycoop.graph.NetworkWriter;
import org.citycoop.graph.TimeWindow;
import org.citycoop.store.Exporter;
import org.citycoop.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code citycoop export}: the whole store as RDF, or the network as GraphML, GEXF or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the whole store as RDF, or the network as a graph file, to standard output or a file.",
        "RDF: trig, nquads and jsonld keep the named graphs; turtle, ntriples and rdfxml write the union of all graphs.",
        "Network (--graph): graphml and gexf (Gephi reads labels and types as attributes), or csv, which writes "
            + "nodes.csv and edges.csv into the folder named by --output."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    EndpointOption endpoint;
    @Option(names = {"-f", "--format"},
        description = "RDF: trig (default), nquads, jsonld, turtle, ntriples or rdfxml.")
    String format;
    @Option(names = "--graph", paramLabel = "FORMAT", description = "Write the network instead: graphml, gexf or csv.")
    String graph;
    @Option(names = "--network", defaultValue = "cooperation",
        description = "With --graph: cooperation (places linked when their governments cooperate; default) or full "
            + "(people, organisations, places, events, agreements, programmes, topics and their links).")
    String network;
    @Option(names = "--relations", split = ",", paramLabel = "NAME",
        description = "With --graph and --network full: keep only these relations (party, partner, participant, ...).")
    List<String> relations = List.of();
    @Option(names = "--from", paramLabel = "DATE", description = "With --graph: leave out things dated before (2017 or 2017-02-10).")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "With --graph: leave out things dated after.")
    String to;
    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
        description = "Write to this file (for --graph csv: this folder) instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        if (graph != null && format != null) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--format (RDF) and --graph (network) exclude each other");
        }
        if (graph != null && !List.of("graphml", "gexf", "csv").contains(graph.toLowerCase(java.util.Locale.ROOT))) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--graph " + graph + ": unknown network format, expected "
                + "graphml, gexf or csv");
        }
        try (GraphStore opened = endpoint.open(store, spec.commandLine().getErr())) {
            if (graph != null) {
                writeNetwork(opened);
            } else {
                Exporter.Format chosen = Exporter.Format.parse(format == null ? "trig" : format);
                try (OutputStream out = open(output)) {
                    new Exporter(opened).write(chosen, out);
                }
            }
            return 0;
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, "cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    private void writeNetwork(GraphStore opened) throws IOException {
        NetworkKind kind = NetworkKind.parse(network);
        TimeWindow window = TimeWindow.parse(from, to);
        // the cooperation network alone reads in seconds; the full one reads every link of the store
        NetworkModel model = kind == NetworkKind.COOPERATION ? NetworkModel.cooperation(opened)
            : NetworkModel.read(opened);
        Set<String> wanted = model.relationsNamed(relations);
        Network chosen = model.network(kind, wanted, window);
        NetworkWriter writer = new NetworkWriter(chosen);
        if (graph.equalsIgnoreCase("csv")) {
            if (output == null) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "--graph csv writes nodes.csv and edges.csv: name their "
                    + "folder with --output DIR");
            }
            Files.createDirectories(output);
            write(writer, NetworkFormat.NODES_CSV, output.resolve("nodes.csv"));
            write(writer, NetworkFormat.EDGES_CSV, output.resolve("edges.csv"));
            System.err.println("wrote " + chosen.nodes().size() + " nodes to " + output.resolve("nodes.csv") + " and "
                + chosen.edges().size() + " edges to " + output.resolve("edges.csv"));
            return;
        }
        write(writer, NetworkFormat.parse(graph), output);
    }

    private static void write(NetworkWriter writer, NetworkFormat format, Path file) throws IOException {
        try (Writer out = new OutputStreamWriter(open(file), StandardCharsets.UTF_8)) {
            writer.write(format, out);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        if (file == null) {
            return new BufferedOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return new BufferedOutputStream(Files.newOutputStream(OutputFiles.prepared(file)));
    }
}
