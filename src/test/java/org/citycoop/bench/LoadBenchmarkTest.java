package org.citycoop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.citycoop.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load benchmark measures CityCoop's load, and its references on the very quads that load produced. */
class LoadBenchmarkTest {
    @TempDir
    Path temp;

    @Test
    void aSmallCorpusIsMeasuredSideBySide() throws IOException {
        CorpusGenerator generator = CorpusGenerator.fromGeoNames(
            TestProject.shared().resolve("data/gazetteer/world/geonames-cities1000.csv"));
        List<String> steps = new ArrayList<>();
        List<Figure> figures = new LoadBenchmark(generator, temp, org.citycoop.Progress.lines(steps::add)).run(400, 1);

        assertEquals(List.of("citycoop load, 400 records", "tdb2 phased loader, the same quads",
            "tdb2, one write transaction, the same quads", "RIOT parse only, the same quads", "one record changed, 400 in the store",
            "one record changed, its file loaded, 400 in the store"),
            figures.stream().map(Figure::job).toList());
        assertTrue(figures.stream().allMatch(f -> f.millis() > 0), figures.toString());
        assertTrue(figures.get(0).detail().matches(".*records/s, .* quads/s; \\d+\\.\\d\\d x tdb2 loader, \\d+\\.\\d\\d x one tdb2 write transaction, "
            + "\\d+\\.\\d\\d x RIOT parse; "
            + "old generation peak [\\d,]+ MiB of [\\d,]+ MiB allowed"),
            figures.get(0).detail());
        StreamRDFCounting quads = StreamRDFLib.count();
        RDFParser.source(temp.resolve("quads-400.nq")).parse(quads);
        assertTrue(quads.count() > 4_000, "the references load what the store holds: " + quads.count() + " quads");
        assertTrue(steps.contains("loading a one-record change"), steps.toString());
        assertTrue(figures.get(4).detail().startsWith("median of 5;"), figures.get(4).detail());
        String report = java.nio.file.Files.readString(temp.resolve("corpus-400/reports/synthetic-report-000001.yaml"));
        assertEquals(10, report.split("Revised ", -1).length - 1, "each measured change is a change: " + report);
        assertTrue(steps.contains("loading a one-record change as its file"), steps.toString());
        assertTrue(steps.stream().anyMatch(l -> l.startsWith("inferring done: ")), "the load's phases: " + steps);
    }
}
