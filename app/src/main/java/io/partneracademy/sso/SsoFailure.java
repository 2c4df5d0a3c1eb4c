package io.partneracademy.sso;

import io.micronaut.http.HttpStatus;

/** Why a single sign-on did not sign anyone in; each has a message that tells the person what to do. */
enum SsoFailure {
    /** The state is missing, or is not the one this browser started with (a forged or foreign callback). */
    FORGED_STATE(HttpStatus.BAD_REQUEST),
    /** No sign-in waits under this state: already used (a replayed callback) or never started. */
    UNKNOWN_STATE(HttpStatus.BAD_REQUEST),
    /** The sign-in took longer than allowed at the provider. */
    EXPIRED(HttpStatus.BAD_REQUEST),
    /** The provider answered with an error (the person cancelled, or the provider refused). */
    PROVIDER_REFUSED(HttpStatus.FORBIDDEN),
    /** The provider could not be reached, or its discovery document or token answer was unusable. */
    PROVIDER_UNAVAILABLE(HttpStatus.BAD_GATEWAY),
    /** The ID token failed validation (signature, issuer, audience, expiry, nonce). */
    TOKEN_INVALID(HttpStatus.FORBIDDEN),
    /** The ID token has no email, or the provider does not say it is verified. */
    EMAIL_UNVERIFIED(HttpStatus.FORBIDDEN),
    /** No company has claimed the email's domain. */
    DOMAIN_NOT_CLAIMED(HttpStatus.FORBIDDEN),
    /** The email's domain belongs to another company than the provider's. */
    DOMAIN_OF_OTHER_COMPANY(HttpStatus.FORBIDDEN),
    /** The email's domain is the provider's company's, but signs in through another of its providers (or none). */
    DOMAIN_OF_OTHER_PROVIDER(HttpStatus.FORBIDDEN),
    /** The account is deactivated. */
    ACCOUNT_INACTIVE(HttpStatus.FORBIDDEN),
    /** The account belongs to the vendor's own staff, who sign in with their password. */
    STAFF_ACCOUNT(HttpStatus.FORBIDDEN),
    /**
     * The account is known to the provider, but the person works for another company now (or for none): a company's
     * provider signs in only the company's current people.
     */
    NOT_EMPLOYED_HERE(HttpStatus.FORBIDDEN),
    /** The provider is switched off. */
    PROVIDER_DISABLED(HttpStatus.FORBIDDEN);

    private final HttpStatus status;

    SsoFailure(HttpStatus status) {
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return "sso.failure." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
