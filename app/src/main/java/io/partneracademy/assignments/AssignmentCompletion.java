package io.partneracademy.assignments;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * Ends assignments whose work is done, from the reminder job. It deliberately does not listen to completions inside
 * the learner's transaction: a lock wait or deadlock on assignment rows there would roll back the learner's own
 * work. Until the job runs, {@link AssignedWork} already shows such an assignment as done.
 */
@Singleton
class AssignmentCompletion {

    private final AssignmentRepository assignments;
    private final WorkCatalog catalog;
    private final Clock clock;

    AssignmentCompletion(AssignmentRepository assignments, WorkCatalog catalog, Clock clock) {
        this.assignments = assignments;
        this.catalog = catalog;
        this.clock = clock;
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
