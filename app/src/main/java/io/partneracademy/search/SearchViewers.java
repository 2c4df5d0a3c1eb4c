package io.partneracademy.search;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Partners;
import jakarta.inject.Singleton;

/** Turns the signed-in person into a {@link SearchViewer}, the way the catalog decides course visibility. */
@Singleton
public class SearchViewers {

    private final Partners partners;

    SearchViewers(Partners partners) {
        this.partners = partners;
    }

    /** Vendor staff see everything; others see what their current employer's tier and type admit. */
    public SearchViewer of(CurrentUser user) {
        if (user.has(Role.ADMIN) || user.has(Role.AUTHOR) || user.has(Role.PARTNER_MANAGER)) {
            return SearchViewer.STAFF;
        }
        return partners.currentEmployer(user.id())
                .map(p -> new SearchViewer(false, p.tier(), p.type()))
                .orElse(SearchViewer.NOBODY_IN_PARTICULAR);
    }
}
