package org.citycoop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.graph.CooperationMap;
import org.citycoop.graph.PlaceNetwork;
import org.citycoop.graph.chart.BarChart;
import org.citycoop.graph.chart.Charts;
import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citycoop chart}: a chart of the cooperation network as SVG or PNG. */
@Command(name = "chart", mixinStandardHelpOptions = true,
    description = {"Draw a chart of the cooperation network as SVG or PNG: degrees (places by number of partners), partners "
        + "(the partner countries of --country), pairs (links by country pair) or decades (twinnings by the decade "
        + "they began).", "The server shows the same charts at /charts."})
final class ChartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Parameters(index = "0", paramLabel = "CHART", description = "degrees, partners, pairs or decades.")
    String chart;
    @Option(names = "--country", paramLabel = "CODE", defaultValue = "ID", description = "The country of the partners "
        + "chart (ISO code, default ${DEFAULT-VALUE}).")
    String country;
    @Option(names = "--top", paramLabel = "N", defaultValue = "15", description = "Bars at most (default ${DEFAULT-VALUE}).")
    int top;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the chart to this file instead of "
        + "standard output.")
    Path output;
    @Option(names = "--format", paramLabel = "FORMAT", description = "svg or png (default: png for an output file "
        + "ending in .png, else svg). A PNG is written to a file only.")
    String format;

    @Override
    public Integer call() throws IOException {
        if (!Charts.NAMES.contains(chart)) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "chart '" + chart + "': expected one of "
                + String.join(", ", Charts.NAMES));
        }
        String code = country.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}") || top < 1 || top > 200) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--country " + country + " --top " + top
                + ": expected a two-letter ISO code and from 1 to 200 bars");
        }
        boolean png = png();
        BarChart drawn;
        try (Store opened = store.openExisting()) {
            EndpointOption.warnIfEmpty(opened, spec.commandLine().getErr());
            drawn = new Charts(PlaceNetwork.read(opened), CooperationMap.read(opened)).named(chart, code, top);
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(drawn.svg());
            out.flush();
        } else {
            Files.write(OutputFiles.prepared(output), png ? drawn.png() : drawn.svg().getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getErr().println("wrote " + drawn.title() + " (" + drawn.bars().size() + " bars) as "
                + (png ? "PNG" : "SVG") + " to " + output);
        }
        return 0;
    }

    /** Whether to draw a PNG: asked for, or named by the output file; checked before the store is read. */
    private boolean png() {
        String chosen = format != null ? format.toLowerCase(Locale.ROOT)
            : output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".png") ? "png" : "svg";
        if (!chosen.equals("svg") && !chosen.equals("png")) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--format " + format + ": expected svg or png");
        }
        if (chosen.equals("png") && output == null) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--format png writes an image, not text: expected -o FILE "
                + "as well");
        }
        return chosen.equals("png");
    }
}
