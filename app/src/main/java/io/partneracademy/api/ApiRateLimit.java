package io.partneracademy.api;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Limits requests per API token in fixed one-minute windows counted in the database, so that the limit holds for the
 * whole cluster, not per node (ADR 0045). Each request adds one to its token's row for the current minute with one
 * atomic upsert and reads the sum back in the same transaction, which holds the row's lock until it commits: two
 * nodes counting at once are serialised by the row, never both let through on a stale count.
 */
@Singleton
class ApiRateLimit {

    private static final long WINDOW_MILLIS = 60_000;

    private final ApiRateWindowRepository windows;
    private final ApiSettings settings;
    private final Clock clock;

    ApiRateLimit(ApiRateWindowRepository windows, ApiSettings settings, Clock clock) {
        this.windows = windows;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts a request; returns how long the token must wait (whole seconds), or zero when it may go ahead. */
    @Transactional
    Duration acquire(long tokenId) {
        long now = clock.millis();
        long window = now / WINDOW_MILLIS * WINDOW_MILLIS;
        Instant start = Instant.ofEpochMilli(window);
        windows.count(tokenId, start);
        if (windows.requests(tokenId, start) <= settings.requestsPerMinute()) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(window + WINDOW_MILLIS - now).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Deletes the counters of windows that ended; every node may run it, it only deletes what nobody counts in. */
    @Scheduled(fixedDelay = "5m", initialDelay = "3m")
    @Transactional
    int forgetPastWindows() {
        return windows.deleteBefore(clock.instant().minus(Duration.ofMillis(2 * WINDOW_MILLIS)));
    }
}
