package io.partneracademy.sso;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Deletes sign-ins that were sent to a provider and never came back, and the used back-channel logout tokens that are
 * too old to be accepted anyway. Idempotent deletes, so every node may run them. (Rows of {@code sso_session} go with
 * their session.)
 */
@Singleton
class SsoHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(SsoHousekeeping.class);

    private final SsoRequestRepository requests;
    private final BackChannelLogout backChannel;
    private final Clock clock;

    SsoHousekeeping(SsoRequestRepository requests, BackChannelLogout backChannel, Clock clock) {
        this.requests = requests;
        this.backChannel = backChannel;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "7m")
    void clean() {
        int deleted = requests.deleteExpired(clock.instant());
        int tokens = backChannel.forgetExpired();
        LOG.debug("{} abandoned single sign-ons and {} used logout tokens deleted", deleted, tokens);
    }
}
