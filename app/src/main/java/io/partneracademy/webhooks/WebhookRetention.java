package io.partneracademy.webhooks;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps the webhook delivery log for {@code partneracademy.webhooks.keep-log-for} (30 days): older delivered and
 * failed messages go with their attempts (response bodies included). Plain bounded deletes, so every node may run it
 * at the same moment and each row is deleted once.
 */
@Singleton
class WebhookRetention {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRetention.class);
    private static final int BATCH = 1_000;

    private final WebhookMessageRepository messages;
    private final WebhookSettings settings;
    private final Clock clock;

    WebhookRetention(WebhookMessageRepository messages, WebhookSettings settings, Clock clock) {
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** Deletes what is past the retention and says how many messages. */
    @Scheduled(fixedDelay = "1h", initialDelay = "13m")
    int purge() {
        Instant before = clock.instant().minus(settings.keepLogFor());
        int total = 0;
        int deleted;
        do {
            deleted = messages.deleteFinishedBefore(before, BATCH);
            total += deleted;
        } while (deleted == BATCH);
        LOG.debug("{} webhook messages past the retention deleted", total);
        return total;
    }
}
