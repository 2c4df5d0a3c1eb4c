package io.partneracademy.api;

import io.partneracademy.web.MinuteWindows;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * Limits requests per API token in fixed one-minute windows. Kept per server: behind a load balancer each node
 * allows the limit, which still keeps one runaway integration from starving the others.
 */
@Singleton
class ApiRateLimit {

    private final MinuteWindows<Long> windows;
    private final ApiSettings settings;

    ApiRateLimit(ApiSettings settings, Clock clock) {
        this.settings = settings;
        this.windows = new MinuteWindows<>(clock);
    }

    /** Counts a request; returns how long the token must wait, or zero when it may go ahead. */
    Duration acquire(long tokenId) {
        return windows.acquire(tokenId, settings.requestsPerMinute());
    }
}
