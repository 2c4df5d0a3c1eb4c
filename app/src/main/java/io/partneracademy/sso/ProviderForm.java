package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The provider form: which company, the issuer, the client id, (when new or changed) the client secret, whether
 * people may use it, and whether its emails count as verified without an {@code email_verified} claim.
 */
@Serdeable
record ProviderForm(@NotNull Long partnerId,
                    @NotBlank @Size(max = 512) String issuer,
                    @NotBlank @Size(max = 255) String clientId,
                    @Nullable @Size(max = 512) String clientSecret,
                    @Nullable String enabled,
                    @Nullable String trustEmail) {

    static ProviderForm empty() {
        return new ProviderForm(null, "", "", "", "on", null);
    }

    static ProviderForm of(SsoProvider provider) {
        return new ProviderForm(provider.partnerId(), provider.issuer(), provider.clientId(), "",
                provider.enabled() ? "on" : null, provider.trustEmail() ? "on" : null);
    }

    /** The same form for the given company (the company page sends it as a hidden field). */
    ProviderForm forPartner(long id) {
        return new ProviderForm(id, issuer, clientId, clientSecret, enabled, trustEmail);
    }

    /** The same form with the secret left out, to draw the page again. */
    ProviderForm withoutSecret() {
        return new ProviderForm(partnerId, issuer, clientId, "", enabled, trustEmail);
    }

    public boolean isTrustEmail() {
        return trustEmail != null && !trustEmail.isBlank();
    }

    public boolean isEnabled() {
        return enabled != null && !enabled.isBlank();
    }
}
