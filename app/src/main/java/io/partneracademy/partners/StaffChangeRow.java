package io.partneracademy.partners;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** {@link StaffChange} as the query returns it: {@code password_hash IS NULL} comes back as a number. */
@Introspected
record StaffChangeRow(long employmentId, long userId, String displayName, String email, boolean active,
                      int invitationPending, @Nullable String jobTitle, LocalDate startedOn,
                      @Nullable LocalDate endedOn, Instant changedAt) {

    StaffChange change() {
        return new StaffChange(employmentId, userId, displayName, email, active, invitationPending != 0, jobTitle,
                startedOn, endedOn, changedAt);
    }
}
