package io.partneracademy.certification;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits public verify requests per client address in fixed one-minute windows, so the credential id space
 * cannot be walked. Status lists count separately and far more generously: a verifier that gets 429 for a list
 * may treat a revoked credential as valid, and a list reveals nothing a scan could find. Kept per server: behind
 * a load balancer each node allows the limit, which still bounds a scan to a useless rate.
 */
@Singleton
class VerifyRateLimit {

    private final Map<String, Window> pages = new ConcurrentHashMap<>();
    private final Map<String, Window> lists = new ConcurrentHashMap<>();
    private final CertificationSettings settings;
    private final Clock clock;

    VerifyRateLimit(CertificationSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    private record Window(long minute, int count) {
    }

    /** Counts a verify page request; returns how long the client must wait, or zero when it may go ahead. */
    Duration acquire(String client) {
        return acquire(pages, settings.verifyRequestsPerMinute(), client);
    }

    /** Counts a status list request, against its own limit. */
    Duration acquireList(String client) {
        return acquire(lists, settings.statusListRequestsPerMinute(), client);
    }

    private Duration acquire(Map<String, Window> windows, int limit, String client) {
        long now = clock.millis();
        long minute = now / 60_000;
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
        }
        Window window = windows.merge(client, new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        if (window.count() <= limit) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((minute + 1) * 60_000 - now).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    }
}
