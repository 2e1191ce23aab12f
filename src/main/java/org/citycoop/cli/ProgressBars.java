package org.citycoop.cli;

import java.io.PrintWriter;

import org.citycoop.Progress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * {@link Progress} on standard error: a bar per phase (count against the total, rate, time left when the total is
 * known), and notes as lines. One phase shows at a time: a phase that starts inside another one ends the other's bar
 * first, so bars never draw over each other.
 */
final class ProgressBars implements Progress {
    private final PrintWriter err;
    private ProgressBar open;

    private ProgressBars(PrintWriter err) {
        this.err = err;
    }

    /** Bars on {@code err}, or nothing at all when quiet. */
    static Progress on(PrintWriter err, boolean quiet) {
        return quiet ? Progress.NONE : new ProgressBars(err);
    }

    /**
     * Bars for a write to the store, as {@link #on}: a write stopped by Ctrl-C (or any other end of the process) while
     * a bar shows ends the bar's line and says that the store is unchanged, as a write not committed leaves it.
     */
    static Progress forWrite(PrintWriter err, boolean quiet) {
        if (quiet) {
            return Progress.NONE;
        }
        ProgressBars bars = new ProgressBars(err);
        Runtime.getRuntime().addShutdownHook(new Thread(bars::interrupted, "citycoop-interrupted"));
        return bars;
    }

    private synchronized void interrupted() {
        if (open != null) {
            open = null;
            // the bar's thread ends with the process: its line is cleared, not closed
            System.err.print("\r\033[K");
            System.err.flush();
            err.println("interrupted: the write was not committed, the store is unchanged");
            err.flush();
        }
    }

    @Override
    public synchronized void note(String line) {
        if (open != null) {
            // start on a line of its own; the bar draws itself again below at its next update
            System.err.print("\r\033[K");
            System.err.flush();
        }
        err.println(line);
        err.flush();
    }

    @Override
    public synchronized Phase phase(String task, long total, String unit) {
        closeOpen();
        ProgressBarBuilder builder = Reports.progressBar(task).setInitialMax(total);
        if (BYTES.equals(unit)) {
            builder.setUnit(" KiB", 1024).showSpeed();
        } else if (!unit.isEmpty()) {
            builder.setUnit(unit, 1).showSpeed();
        }
        ProgressBar bar = builder.build();
        open = bar;
        return new Phase() {
            @Override
            public void stepBy(long n) {
                bar.stepBy(n);
            }

            @Override
            public void at(String what) {
                bar.setExtraMessage(" " + what);
            }

            @Override
            public void close() {
                synchronized (ProgressBars.this) {
                    if (open == bar) {
                        closeOpen();
                    }
                }
            }
        };
    }

    private void closeOpen() {
        if (open != null) {
            if (open.getMax() < 0) {
                open.maxHint(open.getCurrent());
            }
            open.close();
            open = null;
        }
    }
}
