package org.citycoop.bench;

import java.util.Arrays;

/**
 * The response times of one job's requests, in milliseconds, with how many failed and how many the server cut at
 * its query timeout, and the requests answered per second of wall-clock time.
 */
record Latencies(double[] millis, int errors, int timeouts, double wallMillis) {

    double percentile(double p) {
        if (millis.length == 0) {
            return Double.NaN;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    double perSecond() {
        return (millis.length + errors + timeouts) * 1000.0 / wallMillis;
    }

    /** The figure: p95 as its time, p50, p95, p99, rate, errors and timeouts in its detail. */
    Figure figure(String job, int clients) {
        return new Figure(job + ", " + clients + " client" + (clients == 1 ? "" : "s"), percentile(95),
            String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %,.0f requests/s; %d requests, %d errors, %d timeouts",
                percentile(50), percentile(95), percentile(99), perSecond(), millis.length + errors + timeouts, errors,
                timeouts));
    }
}
