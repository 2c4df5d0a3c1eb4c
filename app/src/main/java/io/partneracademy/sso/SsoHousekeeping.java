package io.partneracademy.sso;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Deletes sign-ins that were sent to a provider and never came back. One idempotent delete, so every node may run
 * it. (Rows of {@code sso_session} go with their session.)
 */
@Singleton
class SsoHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(SsoHousekeeping.class);

    private final SsoRequestRepository requests;
    private final Clock clock;

    SsoHousekeeping(SsoRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "7m")
    void clean() {
        int deleted = requests.deleteExpired(clock.instant());
        LOG.debug("{} abandoned single sign-ons deleted", deleted);
    }
}
