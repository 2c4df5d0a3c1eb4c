package io.partneracademy.exams;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Closes and grades attempts left open past deadline + grace, using what was saved. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several nodes can run the job at once without grading anything twice.
 */
@Singleton
public class OverdueAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueAttempts.class);
    private static final int BATCH = 50;

    private final AttemptRepository attempts;
    private final Closing closing;
    private final Clock clock;

    OverdueAttempts(AttemptRepository attempts, Closing closing, Clock clock) {
        this.attempts = attempts;
        this.closing = closing;
        this.clock = clock;
    }

    /** Runs every 15 s, so an abandoned attempt is graded within 60 s of deadline + grace. */
    @Scheduled(fixedDelay = "15s", initialDelay = "15s")
    @Transactional
    public int closeOverdue() {
        List<Long> due = attempts.claimOverdue(clock.instant(), BATCH);
        int closed = 0;
        for (Long id : due) {
            AttemptRow attempt = attempts.findById(id).orElseThrow();
            closed += closing.close(attempt, AttemptStatus.TIMED_OUT) ? 1 : 0;
        }
        if (closed > 0) {
            LOG.info("Closed and graded {} overdue exam attempts", closed);
        }
        return closed;
    }
}
