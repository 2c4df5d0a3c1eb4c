package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether a due date leaves time to do the work: it must be after today, not before the work's first chance (the end
 * of the first live session of a course), and at least as many days ahead as the work's authored learning time takes
 * at {@link AssignmentSettings#learningMinutesPerDay()} a day.
 */
@Singleton
class DueDates {

    static final String FIELD = "dueOn";

    private final AssignmentSettings settings;

    DueDates(AssignmentSettings settings) {
        this.settings = settings;
    }

    /** The problem with this due date for this work, if any. */
    Optional<AssignmentProblem> check(Work work, @Nullable LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return Optional.of(new AssignmentProblem(FIELD, "assign.due-missing", List.of()));
        }
        if (!dueOn.isAfter(today)) {
            return Optional.of(new AssignmentProblem(FIELD, "assign.due-past", List.of(dueOn.toString(), today.toString())));
        }
        if (work.firstChance() != null && dueOn.isBefore(work.firstChance())) {
            return Optional.of(new AssignmentProblem(FIELD, "assign.due-before-session", List.of(dueOn.toString(),
                    work.title(), work.firstChance().toString())));
        }
        LocalDate earliest = earliest(work, today);
        if (dueOn.isBefore(earliest)) {
            return Optional.of(new AssignmentProblem(FIELD, "assign.due-too-early", List.of(dueOn.toString(),
                    work.title(), String.valueOf(work.minutes()), earliest.toString())));
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
