package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The provider form: which company, the issuer, the client id, (when new or changed) the client secret, whether
 * people may use it, whether its emails count as verified without an {@code email_verified} claim, and which of the
 * company's email domains sign in through it. {@code domains} is null when the form did not offer the choice (the
 * page sends an empty value first, so a form that offered it and had nothing ticked sends a list of blanks).
 */
@Serdeable
record ProviderForm(@NotNull Long partnerId,
                    @NotBlank @Size(max = 512) String issuer,
                    @NotBlank @Size(max = 255) String clientId,
                    @Nullable @Size(max = 512) String clientSecret,
                    @Nullable String enabled,
                    @Nullable String trustEmail,
                    @Nullable @Size(max = 500) List<String> domains) {

    static ProviderForm empty() {
        return new ProviderForm(null, "", "", "", "on", null, null);
    }

    static ProviderForm of(SsoProvider provider) {
        return new ProviderForm(provider.partnerId(), provider.issuer(), provider.clientId(), "",
                provider.enabled() ? "on" : null, provider.trustEmail() ? "on" : null, null);
    }

    /** The same form for the given company (the company page sends it as a hidden field). */
    ProviderForm forPartner(long id) {
        return new ProviderForm(id, issuer, clientId, clientSecret, enabled, trustEmail, domains);
    }

    /** The same form with the secret left out, to draw the page again. */
    ProviderForm withoutSecret() {
        return new ProviderForm(partnerId, issuer, clientId, "", enabled, trustEmail, domains);
    }

    /** The domains ticked, or null when the form did not offer the choice. */
    @Nullable
    List<String> chosenDomains() {
        return domains == null ? null : domains.stream().filter(d -> d != null && !d.isBlank()).map(String::strip)
                .toList();
    }

    public boolean isTrustEmail() {
        return trustEmail != null && !trustEmail.isBlank();
    }

    public boolean isEnabled() {
        return enabled != null && !enabled.isBlank();
    }
}
