package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.partners.StaffChange;

import java.time.Instant;

import java.time.LocalDate;

/**
 * A person at a partner company.
 *
 * @param since       first day of their employment there
 * @param leftOn      their last day there; null while they work there
 * @param active      false once the account is deactivated
 * @param invitationPending true until they accept their invitation
 * @param updatedAt   when the person or their employment there last changed
 */
@Serdeable
record ApiPerson(long id, String name, String email, @Nullable String jobTitle, LocalDate since,
                 @Nullable LocalDate leftOn, boolean active, boolean invitationPending, Instant updatedAt) {

    static ApiPerson of(StaffChange c) {
        return new ApiPerson(c.userId(), c.displayName(), c.email(), c.jobTitle(), c.startedOn(), c.endedOn(),
                c.active(), c.invitationPending(), c.changedAt());
    }
}
