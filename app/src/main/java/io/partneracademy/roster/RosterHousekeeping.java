package io.partneracademy.roster;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Deletes roster files nobody confirmed before their preview expired: they hold people's names and addresses and can
 * no longer be applied. (A confirmed file's text is dropped when it is applied.) One idempotent delete, so every node
 * may run it.
 */
@Singleton
class RosterHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(RosterHousekeeping.class);

    private final RosterImportRepository imports;
    private final Clock clock;
    private final Duration previewValidFor;

    RosterHousekeeping(RosterImportRepository imports, Clock clock,
                       @Value("${partneracademy.roster.preview-valid-for:24h}") Duration previewValidFor) {
        this.imports = imports;
        this.clock = clock;
        this.previewValidFor = previewValidFor;
    }

    /** Deletes the expired previews and says how many. */
    @Scheduled(fixedDelay = "1h", initialDelay = "11m")
    int clean() {
        int deleted = imports.deletePreviewsUploadedBefore(clock.instant().minus(previewValidFor));
        LOG.debug("{} expired roster previews deleted", deleted);
        return deleted;
    }
}
