package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Repeated wrong passwords from one address are slowed down, on a clock and on a real server. */
class FailedLoginsTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    @Test
    void theWaitDoublesAfterFiveFailuresIsCappedAndEndsWithASuccess() {
        ManualClock clock = new ManualClock();
        FailedLogins logins = new FailedLogins(clock);
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            logins.failed("192.0.2.1");
            waits.add(logins.secondsToWait("192.0.2.1"));
        }
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L), waits);
        assertEquals(0, logins.secondsToWait("192.0.2.2"), "another address is not held up");
        clock.advance(Duration.ofSeconds(299));
        assertEquals(1, logins.secondsToWait("192.0.2.1"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(0, logins.secondsToWait("192.0.2.1"));
        logins.succeeded("192.0.2.1");
        logins.failed("192.0.2.1");
        assertEquals(0, logins.secondsToWait("192.0.2.1"), "a success forgets the failures");
    }

    @Test
    void aServerAnswers429ToAnAddressThatKeepsGuessing() throws Exception {
        Credentials admin = new Credentials("curator", "a long secret");
        try (ServerFixture fixture = new ServerFixture(ServerConfig.builder().credentials(admin))) {
            List<Integer> statuses = new ArrayList<>();
            // guesses within the first wait (2 s) only: a slow machine must not see the wait end and a guess tried
            long start = System.nanoTime();
            for (int i = 0; i < 300 && System.nanoTime() - start < 1_500_000_000L; i++) {
                statuses.add(adminRead(fixture, "curator:guess " + i).statusCode());
            }
            long unauthorised = statuses.stream().filter(s -> s == 401).count();
            assertEquals(FailedLogins.FREE_FAILURES + 1, unauthorised, statuses.toString());
            assertEquals(statuses.size() - unauthorised, statuses.stream().filter(s -> s == 429).count(),
                statuses.toString());
            assertTrue(statuses.size() > unauthorised, "no guess met a 429: " + statuses);
            HttpResponse<byte[]> right = adminRead(fixture, "curator:a long secret");
            assertEquals(429, right.statusCode(), "while the address waits, even the right password is not checked");
            long wait = Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(wait >= 1 && wait <= 2, "Retry-After " + wait);
            Thread.sleep(wait * 1000 + 200);
            assertEquals(200, adminRead(fixture, "curator:a long secret").statusCode());
        }
    }

    private static HttpResponse<byte[]> adminRead(ServerFixture fixture, String userAndPassword) {
        return fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/$/backups-list")))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)))
            .GET().build());
    }
}
