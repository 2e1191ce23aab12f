package org.citycoop.cli;

import java.io.PrintWriter;

import org.citycoop.load.LoadReport;
import org.citycoop.load.LoadReport.Outcome;
import org.citycoop.load.LoadReport.SourceResult;
import org.citycoop.store.Store;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Prints load reports and progress for people. */
final class Reports {
    private Reports() {
    }

    /** A progress bar on standard error, in the style every command uses. */
    static ProgressBarBuilder progressBar(String task) {
        return new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500);
    }

    static void print(LoadReport report, Store store, PrintWriter out, boolean quiet) {
        if (!report.committed()) {
            printTrial(report, store, out);
            return;
        }
        for (SourceResult source : report.sources()) {
            if (!quiet || source.outcome() == Outcome.GONE) {
                out.println(line(source, report.committed()));
            }
        }
        long unchanged = count(report, Outcome.UNCHANGED);
        long removed = count(report, Outcome.REMOVED);
        long gone = count(report, Outcome.GONE);
        long changed = report.sources().size() - unchanged - removed - gone;
        String verb = report.committed() ? "loaded into " : "checked against ";
        out.println(changed + " source(s) " + verb + store.description() + ", " + unchanged + " unchanged"
            + (removed > 0 ? ", " + removed + " removed" : "")
            + (gone > 0 ? ", " + gone + " gone (kept until load --prune)" : "")
            + (report.inferred() >= 0 ? "; " + report.inferred() + " inferred triples" : ""));
        out.flush();
    }

    /** What a trial load found: each file valid, and how it compares with what the store holds. */
    private static void printTrial(LoadReport report, Store store, PrintWriter out) {
        for (SourceResult source : report.sources()) {
            String compared = switch (source.outcome()) {
                case LOADED -> "new to the store";
                case REPLACED -> "would replace what the store holds";
                case UNCHANGED -> "the same as the store holds";
                case REMOVED -> "would be removed: its file is gone";
                case GONE -> "its file is no longer there (load --prune removes it)";
            };
            boolean checked = source.outcome() != Outcome.GONE && source.outcome() != Outcome.REMOVED;
            out.println((checked ? "valid     " : "         ") + source.file() + " -> <" + source.graph() + ">"
                + (checked ? " (" + source.triples() + " triples)" : "") + ": " + compared);
        }
        out.println(report.sources().size() + " source(s) checked against " + store.description() + ": "
            + count(report, Outcome.LOADED) + " new, " + count(report, Outcome.REPLACED) + " changed, "
            + count(report, Outcome.UNCHANGED) + " the same as stored; all valid, nothing was written");
        out.flush();
    }

    private static String line(SourceResult source, boolean committed) {
        String what = switch (source.outcome()) {
            case LOADED -> committed ? "loaded   " : "checked  ";
            case REPLACED -> committed ? "replaced " : "checked  ";
            case UNCHANGED -> "unchanged";
            case REMOVED -> committed ? "removed  " : "checked  ";
            case GONE -> "gone     ";
        };
        String triples = switch (source.outcome()) {
            case UNCHANGED -> "";
            case GONE -> " (its file is no longer there; load --prune removes it)";
            case REMOVED -> " (" + source.triples() + " triples removed)";
            default -> " (" + source.triples() + " triples)";
        };
        return what + " " + source.file() + " -> <" + source.graph() + ">" + triples;
    }

    private static long count(LoadReport report, Outcome outcome) {
        return report.sources().stream().filter(s -> s.outcome() == outcome).count();
    }
}
