package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The assign form as posted: {@code work} is {@code KIND:id}, {@code people} the chosen user ids, {@code dueOn} an
 * ISO date.
 */
@Serdeable
record AssignForm(@Nullable String work, @Nullable List<String> people, @Nullable String dueOn,
                  @Nullable String note) {

    static AssignForm empty() {
        return new AssignForm("", List.of(), "", "");
    }

    Optional<WorkKind> kind() {
        if (work == null || !work.contains(":")) {
            return Optional.empty();
        }
        try {
            return Optional.of(WorkKind.valueOf(work.substring(0, work.indexOf(':'))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Nullable
    String refId() {
        return work == null || !work.contains(":") ? null : work.substring(work.indexOf(':') + 1);
    }

    /** The chosen ids; a value that is not a number is an id nobody has, refused as outside the assigner's scope. */
    List<Long> userIds() {
        List<Long> ids = new ArrayList<>();
        for (String p : people == null ? List.<String>of() : people) {
            try {
                ids.add(Long.parseLong(p.strip()));
            } catch (NumberFormatException e) {
                ids.add(-1L);
            }
        }
        return ids;
    }

    /** Whether the person was ticked, so a refused form comes back as it was sent. */
    public boolean chosen(long userId) {
        return people != null && people.contains(String.valueOf(userId));
    }

    /** The due date, or empty when missing or not a date. */
    Optional<LocalDate> due() {
        try {
            return dueOn == null || dueOn.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(dueOn.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    boolean dueUnreadable() {
        return dueOn != null && !dueOn.isBlank() && due().isEmpty();
    }

    Assignments.Request request() {
        return new Assignments.Request(kind().orElse(null), refId(), userIds(), due().orElse(null), note);
    }
}
