package io.partneracademy.certification;

import io.partneracademy.web.MinuteWindows;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * Limits public verify requests per client address in fixed one-minute windows, so the credential id space
 * cannot be walked. Status lists count separately and far more generously: a verifier that gets 429 for a list
 * may treat a revoked credential as valid, and a list reveals nothing a scan could find. Kept per server: behind
 * a load balancer each node allows the limit, which still bounds a scan to a useless rate.
 */
@Singleton
class VerifyRateLimit {

    private final MinuteWindows<String> pages;
    private final MinuteWindows<String> lists;
    private final CertificationSettings settings;

    VerifyRateLimit(CertificationSettings settings, Clock clock) {
        this.settings = settings;
        this.pages = new MinuteWindows<>(clock);
        this.lists = new MinuteWindows<>(clock);
    }

    /** Counts a verify page request; returns how long the client must wait, or zero when it may go ahead. */
    Duration acquire(String client) {
        return pages.acquire(client, settings.verifyRequestsPerMinute());
    }

    /** Counts a status list request, against its own limit. */
    Duration acquireList(String client) {
        return lists.acquire(client, settings.statusListRequestsPerMinute());
    }
}
