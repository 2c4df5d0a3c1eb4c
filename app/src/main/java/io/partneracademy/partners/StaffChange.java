package io.partneracademy.partners;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One employment at a partner as a sync sees it: the person, the period, and when either last changed.
 *
 * @param employmentId the key a sync continues after (a person may work for a partner twice)
 * @param changedAt    the later of the person's and the employment's last change
 */
public record StaffChange(long employmentId, long userId, String displayName, String email, boolean active,
                          boolean invitationPending, @Nullable String jobTitle, LocalDate startedOn,
                          @Nullable LocalDate endedOn, Instant changedAt) {
}
