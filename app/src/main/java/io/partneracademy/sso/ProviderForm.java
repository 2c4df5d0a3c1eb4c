package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The provider form: which company, the issuer, the client id and (when new or changed) the client secret. */
@Serdeable
record ProviderForm(@NotNull Long partnerId,
                    @NotBlank @Size(max = 512) String issuer,
                    @NotBlank @Size(max = 255) String clientId,
                    @Nullable @Size(max = 512) String clientSecret,
                    @Nullable String enabled) {

    static ProviderForm empty() {
        return new ProviderForm(null, "", "", "", "on");
    }

    public boolean isEnabled() {
        return enabled != null && !enabled.isBlank();
    }
}
