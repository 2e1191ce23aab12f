package org.citycoop.cli;

import java.io.PrintWriter;

import org.citycoop.load.LoadReport;
import org.citycoop.load.LoadReport.Outcome;
import org.citycoop.load.LoadReport.SourceResult;
import org.citycoop.store.Store;

/** Prints load reports for people. */
final class Reports {
    private Reports() {
    }

    static void print(LoadReport report, Store store, PrintWriter out, boolean quiet) {
        if (!quiet) {
            for (SourceResult source : report.sources()) {
                String what = switch (source.outcome()) {
                    case LOADED -> report.committed() ? "loaded   " : "checked  ";
                    case REPLACED -> report.committed() ? "replaced " : "checked  ";
                    case UNCHANGED -> "unchanged";
                };
                String triples = source.outcome() == Outcome.UNCHANGED ? "" : " (" + source.triples() + " triples)";
                out.println(what + " " + source.file() + " -> <" + source.graph() + ">" + triples);
            }
        }
        long changed = report.sources().stream().filter(s -> s.outcome() != Outcome.UNCHANGED).count();
        long unchanged = report.sources().size() - changed;
        String verb = report.committed() ? "loaded into " : "checked against ";
        out.println(changed + " source(s) " + verb + store.description() + ", " + unchanged + " unchanged"
            + (report.inferred() >= 0 ? "; " + report.inferred() + " inferred triples" : ""));
        out.flush();
    }
}
