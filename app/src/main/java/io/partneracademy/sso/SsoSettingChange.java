package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One change of one single sign-on setting of a company: who made it (with their name and email as they were
 * then), when, what kind of change, and the new value where it is not secret (issuer, client id, domain).
 */
@MappedEntity("sso_setting_change")
record SsoSettingChange(@Id @GeneratedValue @Nullable Long id,
                        long partnerId,
                        long actorId,
                        String actorName,
                        String actorEmail,
                        Kind kind,
                        @Nullable String detail,
                        Instant changedAt) {

    /** What changed; each kind has the message key {@code sso.change.<kind in lower case with dashes>}. */
    enum Kind {
        PROVIDER_ADDED, ISSUER_CHANGED, CLIENT_ID_CHANGED, CLIENT_SECRET_REPLACED, SIGN_IN_ON, SIGN_IN_OFF,
        EMAIL_TRUST_ON, EMAIL_TRUST_OFF, DOMAIN_CLAIMED, DOMAIN_RELEASED,
        /** A domain's people sign in through another of the company's providers (detail: domain → issuer). */
        DOMAIN_ROUTED,
        /** A domain's people sign in through none of the company's providers any more (detail: the domain). */
        DOMAIN_UNROUTED,
        /** Not a change: the provider vouched for someone who no longer works for the company, who was refused. */
        SIGN_IN_REFUSED_NOT_EMPLOYED;

        String messageKey() {
            return "sso.change." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
