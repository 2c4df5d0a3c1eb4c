package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.web.ForbiddenException;

import java.util.Set;

/**
 * Who is calling the API: the token, the person who created it (the API acts with their rights, so every feature's
 * own access rules apply), the one partner the token is limited to (null: all the creator may see) and its scopes.
 */
public record ApiClient(long tokenId, CurrentUser actingAs, @Nullable Long partnerId, Set<String> scopes) {

    /** Refuses with 403 unless the token may read the resource. */
    public void requireRead(ApiResource resource) {
        if (!scopes.contains(resource.read())) {
            throw new ForbiddenException("api.scope-missing", resource.read());
        }
    }

    /** Refuses with 403 unless the token may change the resource. */
    public void requireWrite(ApiResource resource) {
        if (!scopes.contains(resource.write())) {
            throw new ForbiddenException("api.scope-missing", resource.write());
        }
    }

    /** Refuses with 403 when the token is limited to another partner than this one. */
    public void requirePartner(long partner) {
        if (partnerId != null && partnerId != partner) {
            throw new ForbiddenException("api.partner-out-of-scope", partner);
        }
    }
}
