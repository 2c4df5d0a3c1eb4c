package io.partneracademy.assignments;

import io.micronaut.runtime.event.annotation.EventListener;
import io.partneracademy.catalog.RequirementCompleted;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Ends assignments whose work is done: at once when a person completes a course, lab track or exam, and in the
 * reminder job's sweep for what that missed (a certification issued by a listener that ran after this one).
 */
@Singleton
class AssignmentCompletion {

    private static final Logger LOG = LoggerFactory.getLogger(AssignmentCompletion.class);

    private final AssignmentRepository assignments;
    private final WorkCatalog catalog;
    private final Clock clock;

    AssignmentCompletion(AssignmentRepository assignments, WorkCatalog catalog, Clock clock) {
        this.assignments = assignments;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Runs inside the transaction that recorded the completion; a failure here must not undo the learner's work. */
    @EventListener
    void onRequirementCompleted(RequirementCompleted event) {
        try {
            closeDone(assignments.findByUserIdAndCompletedAtIsNullOrderByDueOn(event.userId()));
        } catch (RuntimeException e) {
            LOG.warn("Assignments of user {} not checked after a completion; the sweep will: {}", event.userId(),
                    e.getMessage());
        }
    }

    /** Closes those of these open assignments whose work is done; returns how many. */
    int closeDone(List<AssignmentRow> open) {
        int closed = 0;
        for (AssignmentRow a : open) {
            if (catalog.done(a.userId(), a.kind(), a.refId(), a.dueOn())) {
                closed += assignments.complete(a.id(), clock.instant());
            }
        }
        return closed;
    }

    /** True (and closed) when this open assignment's work is done. */
    boolean closeIfDone(AssignmentRow a) {
        return closeDone(List.of(a)) == 1;
    }
}
