package org.citycoop.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per remote address and says how long an address must wait before it may try again:
 * the first {@value #FREE_FAILURES} failures cost nothing, each one after that doubles the wait, up to
 * {@link #LONGEST_WAIT}. A success forgets the address. Guessing a password from one address thus takes hours
 * for what would otherwise take seconds, while a user who mistypes a few times is not held up.
 */
final class FailedLogins {
    static final int FREE_FAILURES = 5;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    /** Beyond this many addresses, those no longer waiting are forgotten, so the table cannot grow without bound. */
    private static final int MOST_ADDRESSES = 10_000;
    private final ConcurrentHashMap<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    FailedLogins(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant last) {
        Instant until() {
            if (count <= FREE_FAILURES) {
                return last;
            }
            long seconds = 1L << Math.min(count - FREE_FAILURES, 20);
            return last.plus(seconds < LONGEST_WAIT.toSeconds() ? Duration.ofSeconds(seconds) : LONGEST_WAIT);
        }
    }

    /** How many whole seconds the address must wait before its next attempt; 0 when it may try now. */
    long secondsToWait(String address) {
        Failures failures = byAddress.get(address);
        if (failures == null) {
            return 0;
        }
        long millis = Duration.between(clock.instant(), failures.until()).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    void failed(String address) {
        if (byAddress.size() >= MOST_ADDRESSES) {
            Instant now = clock.instant();
            byAddress.values().removeIf(f -> !f.until().isAfter(now));
        }
        byAddress.merge(address, new Failures(1, clock.instant()), (old, one) -> new Failures(old.count() + 1, one.last()));
    }

    void succeeded(String address) {
        byAddress.remove(address);
    }
}
