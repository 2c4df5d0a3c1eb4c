package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import jakarta.inject.Singleton;

/**
 * Which partner a request is about, through partners' own access rules: a token limited to a partner sees only
 * that partner, and a partner the caller names must be one the token's creator looks after.
 */
@Singleton
class ApiScoping {

    private final Partners partners;
    private final People people;
    private final ApiSettings settings;

    ApiScoping(Partners partners, People people, ApiSettings settings) {
        this.partners = partners;
        this.people = people;
        this.settings = settings;
    }

    /** The partner to limit a list to: the token's, the one asked for, or null for all (admin tokens only). */
    @Nullable
    Long partnerFor(ApiClient client, @Nullable Long requested) {
        if (requested != null) {
            client.requirePartner(requested);
            partners.getManaged(client.actingAs(), requested);
            return requested;
        }
        if (client.partnerId() == null && !client.actingAs().has(Role.ADMIN)) {
            throw new ApiBadRequestException("api.partner-required");
        }
        return client.partnerId();
    }

    /** Checks that the token may see this person: limited tokens only their partner's current people. */
    void requirePerson(ApiClient client, long personId) {
        if (client.partnerId() != null) {
            people.person(client.actingAs(), client.partnerId(), personId);
        } else if (!people.mayView(client.actingAs(), personId)) {
            throw new io.partneracademy.partners.PersonNotFoundException(personId);
        }
    }

    /** The page size: the client's if given and allowed, else the default. */
    int limit(@Nullable Integer requested) {
        if (requested == null) {
            return settings.pageSize();
        }
        if (requested < 1 || requested > settings.maxPageSize()) {
            throw new ApiBadRequestException("api.bad-limit", requested, settings.maxPageSize());
        }
        return requested;
    }
}
