package io.partneracademy.catalog;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Decides what a viewer may see from their current employer's tier and type; vendor staff see everything. */
@Singleton
class Visibility {

    private final Partners partners;

    Visibility(Partners partners) {
        this.partners = partners;
    }

    /** The audience test for one viewer, looked up once per request. */
    Viewer of(CurrentUser user) {
        return of(user.id());
    }

    Viewer of(long userId) {
        return new Viewer(userId, partners.currentEmployer(userId));
    }

    /** A viewer and the partner they work for, if any. */
    record Viewer(long userId, Optional<Partner> employer) {

        boolean sees(Audience audience) {
            return employer.map(p -> audience.admits(p.tier(), p.type())).orElse(true);
        }
    }
}
