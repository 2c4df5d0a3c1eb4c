package io.partneracademy.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the outbox small: processed events are deleted after a while, and so are events no consumer claimed
 * (types kept for integrations that are not configured, such as {@code exam.passed}), after a longer while.
 * Deletes in chunks so no statement holds many locks.
 */
@Singleton
public class OutboxRetention {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRetention.class);
    private static final int CHUNK = 5000;

    /**
     * @param keepProcessed how long a processed event stays (for investigating what happened)
     * @param keepUnclaimed how long an event nobody claimed stays
     */
    @ConfigurationProperties("partneracademy.outbox")
    record Settings(@Bindable(defaultValue = "30d") Duration keepProcessed,
                    @Bindable(defaultValue = "90d") Duration keepUnclaimed) {
    }

    private final OutboxRepository events;
    private final Settings settings;
    private final Clock clock;

    OutboxRetention(OutboxRepository events, Settings settings, Clock clock) {
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Daily; returns how many events were deleted. */
    @Scheduled(cron = "0 45 3 * * *")
    public int purge() {
        Instant now = clock.instant();
        int deleted = 0;
        int chunk;
        do {
            chunk = events.deleteProcessed(now.minus(settings.keepProcessed()));
            deleted += chunk;
        } while (chunk == CHUNK);
        do {
            chunk = events.deleteUnclaimed(now.minus(settings.keepUnclaimed()));
            deleted += chunk;
        } while (chunk == CHUNK);
        if (deleted > 0) {
            LOG.info("Outbox retention deleted {} old events", deleted);
        }
        return deleted;
    }
}
