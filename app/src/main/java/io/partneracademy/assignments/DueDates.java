package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.assignments.AssignmentRejectedException.Part;
import io.partneracademy.web.InvalidPartsException.Problem;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Optional;

import static io.partneracademy.assignments.AssignmentRejectedException.problem;

/**
 * Whether a due date leaves time to do the work: it must be after today, not before the work's first chance (the end
 * of the first live session of a course), and at least as many days ahead as the work's authored learning time takes
 * at {@link AssignmentSettings#learningMinutesPerDay()} a day.
 */
@Singleton
class DueDates {

    private final AssignmentSettings settings;

    DueDates(AssignmentSettings settings) {
        this.settings = settings;
    }

    /** The problem with this due date for this work, if any. */
    Optional<Problem> check(Work work, @Nullable LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return Optional.of(problem(Part.DUE_ON, "assign.due-missing"));
        }
        if (!dueOn.isAfter(today)) {
            return Optional.of(problem(Part.DUE_ON, "assign.due-past", dueOn, today));
        }
        if (work.firstChance() != null && dueOn.isBefore(work.firstChance())) {
            return Optional.of(problem(Part.DUE_ON, "assign.due-before-session", dueOn, work.title(),
                    work.firstChance()));
        }
        LocalDate earliest = earliest(work, today);
        if (dueOn.isBefore(earliest)) {
            return Optional.of(problem(Part.DUE_ON, "assign.due-too-early", dueOn, work.title(), work.minutes(),
                    earliest));
        }
        return Optional.empty();
    }

    /**
     * The first due date that leaves a day per {@code learningMinutesPerDay} of the work's minutes, at least tomorrow,
     * and not before the work's first chance (a live session's end).
     */
    LocalDate earliest(Work work, LocalDate today) {
        int perDay = Math.max(1, settings.learningMinutesPerDay());
        int days = Math.max(1, (work.minutes() + perDay - 1) / perDay);
        LocalDate earliest = today.plusDays(days);
        return work.firstChance() != null && work.firstChance().isAfter(earliest) ? work.firstChance() : earliest;
    }
}
