package org.citycoop.store.remote;

import java.io.IOException;
import java.util.Set;

/**
 * How often, and after what pauses, a request that met a transient failure is sent again: the pause doubles from
 * {@code firstPauseMillis} up to {@code longestPauseMillis}.
 */
public record Retries(int attempts, long firstPauseMillis, long longestPauseMillis) {
    /** Five attempts over about eight seconds. */
    public static final Retries STANDARD = new Retries(5, 500, 4_000);
    private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);

    public Retries {
        if (attempts < 1 || firstPauseMillis < 0 || longestPauseMillis < firstPauseMillis) {
            throw new IllegalArgumentException("Retries: at least one attempt, and pauses that grow");
        }
    }

    /**
     * Whether a failure may pass: a status the store gives when busy, a transaction the store gave up on and asks to
     * be run again (Virtuoso answers 500 with "40001" for a deadlock, "SR171" for a transaction that timed out), or
     * a connection that failed.
     */
    static boolean isTransient(int status, Throwable failure, String answer) {
        if (status == 500 && answer != null && (answer.contains("SR171") || answer.contains("40001"))) {
            return true;
        }
        if (status > 0) {
            return TRANSIENT.contains(status);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** Waits before the attempt after {@code attempt}. */
    void pause(int attempt) {
        long pause = Math.min(longestPauseMillis, firstPauseMillis << Math.min(attempt - 1, 20));
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to send a request again", e);
        }
    }
}
