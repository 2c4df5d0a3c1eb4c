package io.partneracademy.certification;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits public verify requests per client address in fixed one-minute windows, so the credential id space
 * cannot be walked. Kept per server: behind a load balancer each node allows the limit, which still bounds a
 * scan to a useless rate.
 */
@Singleton
class VerifyRateLimit {

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final CertificationSettings settings;
    private final Clock clock;

    VerifyRateLimit(CertificationSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    private record Window(long minute, int count) {
    }

    /** Counts a request; returns how long the client must wait, or zero when it may go ahead. */
    Duration acquire(String client) {
        long now = clock.millis();
        long minute = now / 60_000;
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
        }
        Window window = windows.merge(client, new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        if (window.count() <= settings.verifyRequestsPerMinute()) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((minute + 1) * 60_000 - now).plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
