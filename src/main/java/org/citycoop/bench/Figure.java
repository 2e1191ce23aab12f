package org.citycoop.bench;

/**
 * One measured job.
 *
 * @param job    what was measured
 * @param millis its wall-clock time
 * @param detail sizes, rates and how it compares with its reference
 */
public record Figure(String job, double millis, String detail) {
}
