package org.citycoop;

import java.util.function.Consumer;

/** {@link Progress} as lines of text, for logs and for tests that read what a command reported. */
final class ProgressLines implements Progress {
    private final Consumer<String> out;

    ProgressLines(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void note(String line) {
        out.accept(line);
    }

    @Override
    public Phase phase(String task, long total, String unit) {
        out.accept(task + (total >= 0 ? String.format(" (%,d%s)", total, unit) : ""));
        long start = System.nanoTime();
        return new Phase() {
            private long done;

            @Override
            public void stepBy(long n) {
                done += n;
            }

            @Override
            public void at(String what) {
                out.accept(task + ": " + what);
            }

            @Override
            public void close() {
                out.accept(String.format("%s done: %,d%s in %.1f s", task, done, unit,
                    (System.nanoTime() - start) / 1e9));
            }
        };
    }
}
