package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.partners.Person;

import java.time.LocalDate;

/**
 * A person at a partner company.
 *
 * @param since       first day of their current employment there
 * @param active      false once the account is deactivated
 * @param invitationPending true until they accept their invitation
 */
@Serdeable
record ApiPerson(long id, String name, String email, @Nullable String jobTitle, LocalDate since, boolean active,
                 boolean invitationPending) {

    static ApiPerson of(Person p) {
        return new ApiPerson(p.user().id(), p.user().displayName(), p.user().email(), p.jobTitle(), p.since(),
                p.user().active(), p.user().invitationPending());
    }
}
