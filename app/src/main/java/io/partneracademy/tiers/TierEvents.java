package io.partneracademy.tiers;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.partneracademy.partners.People;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLTransactionRollbackException;
import java.util.List;

/**
 * Processes certification and employment events from the outbox: each names a person; their current employer
 * (and, for a move, the previous one) is reassessed. Rows are claimed with SKIP LOCKED, so several servers share
 * the work, and an event is marked processed in the same transaction as the reassessment. A batch that loses a
 * deadlock to another transaction is rolled back whole and run again, now or at the next run.
 */
@Singleton
public class TierEvents {

    static final List<String> TYPES = List.of("certification.issued", "certification.superseded",
            "certification.expired", "certification.revoked", People.EMPLOYMENT_CHANGED);
    private static final Logger LOG = LoggerFactory.getLogger(TierEvents.class);
    private static final int TRIES = 3;

    private final TierEventBatch batch;

    TierEvents(TierEventBatch batch) {
        this.batch = batch;
    }

    /** Every second, so a manager sees a certification or a move reflected at once; returns the events handled. */
    @Scheduled(fixedDelay = "1s", initialDelay = "5s")
    public int process() {
        for (int tryNo = 1; ; tryNo++) {
            try {
                return batch.run();
            } catch (DataAccessException e) {
                if (!(rootCause(e) instanceof SQLTransactionRollbackException)) {
                    throw e;
                }
                if (tryNo == TRIES) {
                    // Nothing is lost: the events stay unprocessed and the next run, a second later, takes them.
                    LOG.info("Tier events batch lost {} deadlocks in a row to a long transaction; trying again later",
                            TRIES);
                    return 0;
                }
            }
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
