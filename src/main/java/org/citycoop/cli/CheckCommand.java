package org.citycoop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.load.LoadReport;
import org.citycoop.load.Loader;
import org.citycoop.load.twins.CrossSourceReport;
import org.citycoop.store.GraphStore;
import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code citycoop check --full}: the whole store against the shapes, and its derivations made again. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check the whole store against the shapes and derive the inferred graph again from scratch, then "
        + "print what the twin-town sources say differently.",
        "Loads check only the records they touch (and those that refer to them); this checks everything, as after a "
            + "change of shapes. All or nothing: a store that breaks a shape is reported and left as it was.",
        "Across sources: the twinnings one source states and another does not, Wikidata's items that name a twin "
            + "which does not name them back, places of the network that share a name a few kilometres apart without "
            + "being linked as one (one place split in two), and names a table placed far from every place of that "
            + "name in its country. --sources prints only these, without the full check."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    EndpointOption endpoint;
    @Option(names = "--full", description = "Check every record (what check does; the option says so in scripts).")
    boolean full;
    @Option(names = "--sources", description = "Only compare the twin-town sources; leave the store alone.")
    boolean sourcesOnly;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Rows listed of each kind "
        + "(default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--limit " + limit + ": expected 0 or more");
        }
        if (endpoint.isRemote() && !sourcesOnly) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "with --endpoint, check compares the sources only "
                + "(--sources): the shapes are checked where loads are made, in the local store that writes the remote one");
        }
        try (GraphStore opened = endpoint.open(store, spec.commandLine().getErr())) {
            PrintWriter out = spec.commandLine().getOut();
            if (!sourcesOnly && opened instanceof Store local) {
                PrintWriter err = spec.commandLine().getErr();
                LoadReport report = Loader.builder().store(local).progress(ProgressBars.on(err, false)).build()
                    .checkAll();
                out.println("the store in " + opened.description() + " conforms to the shapes; " + report.inferred()
                    + " inferred triples");
            }
            print(CrossSourceReport.of(opened, limit), out);
            out.flush();
            return 0;
        }
    }

    private static void print(CrossSourceReport report, PrintWriter out) {
        if (report.sources().isEmpty()) {
            out.println("no source states twinnings: nothing to compare");
            return;
        }
        out.println("twin-town sources:");
        report.sources().forEach(s -> out.printf("  %,9d twinnings  %s%n", s.twinnings(), s.title()));
        for (CrossSourceReport.Difference difference : report.differences()) {
            list(out, String.format("in %s, not in %s", difference.in().title(), difference.notIn().title()),
                difference.count(), difference.first());
        }
        list(out, "Wikidata items naming a twin that does not name them back", report.oneSidedCount(),
            report.oneSided());
        list(out, "places of one name a few kilometres apart, not linked as one", report.sameNamedCount(),
            report.sameNamed());
        list(out, "names given far from every place of that name in their country", report.farCount(), report.far());
    }

    private static void list(PrintWriter out, String title, long count, java.util.List<CrossSourceReport.Row> rows) {
        out.printf("%s: %,d%s%n", title, count, rows.size() < count ? " (the first " + rows.size() + ")" : "");
        rows.forEach(row -> out.println("  " + row.text() + "  <" + row.iri().getURI() + ">"));
    }
}
