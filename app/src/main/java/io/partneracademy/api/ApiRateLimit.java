package io.partneracademy.api;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits requests per API token in fixed one-minute windows. Kept per server: behind a load balancer each node
 * allows the limit, which still keeps one runaway integration from starving the others.
 */
@Singleton
class ApiRateLimit {

    private final Map<Long, Window> windows = new ConcurrentHashMap<>();
    private final ApiSettings settings;
    private final Clock clock;

    ApiRateLimit(ApiSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    private record Window(long minute, int count) {
    }

    /** Counts a request; returns how long the token must wait, or zero when it may go ahead. */
    Duration acquire(long tokenId) {
        long now = clock.millis();
        long minute = now / 60_000;
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
        }
        Window window = windows.merge(tokenId, new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        if (window.count() <= settings.requestsPerMinute()) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((minute + 1) * 60_000 - now).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    }
}
