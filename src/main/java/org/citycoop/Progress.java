package org.citycoop;

import java.util.function.Consumer;

/**
 * Where long work tells people how far it got: phases (reading, writing, validating, inferring) counted in items
 * or bytes against a total when one is known, and lines of note between them. The command line draws a bar per
 * phase (count, rate, time left); {@link #lines} turns the same reports into lines of text.
 */
public interface Progress {
    /** The unit of phases counted in bytes. */
    String BYTES = " bytes";

    /** Reports nothing. */
    Progress NONE = lines(line -> { });

    /** A line for people, shown as it comes. */
    void note(String line);

    /**
     * Starts a phase of {@code total} items (negative when not known beforehand), each counted as one
     * {@code unit}; close it when the phase ends.
     */
    Phase phase(String task, long total, String unit);

    /** Starts a phase counted in bytes ({@code total} of them, negative when not known). */
    default Phase bytes(String task, long total) {
        return phase(task, total, BYTES);
    }

    /** One phase under way. */
    interface Phase extends AutoCloseable {
        /** Adds {@code n} done items (or bytes) to the count. */
        void stepBy(long n);

        /** What the phase is at, such as the file being read, shown beside the count. */
        void at(String what);

        @Override
        void close();
    }

    /** Every report as a line: each phase's start, what it is at, and its end with its count. */
    static Progress lines(Consumer<String> out) {
        return new ProgressLines(out);
    }
}
