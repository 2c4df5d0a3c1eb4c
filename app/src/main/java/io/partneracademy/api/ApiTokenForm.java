package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The form that creates a token: a name to recognise it by, the partner (admins), days valid and the scopes. */
@Serdeable
record ApiTokenForm(@NotBlank @Size(max = 120) String name,
                    @Nullable @Pattern(regexp = "\\s*[0-9]{0,18}\\s*", message = "{api.partner-unknown}") String partnerId,
                    @NotNull @Min(1) @Max(730) Integer validDays,
                    @Nullable List<String> scopes) {

    static ApiTokenForm empty() {
        return new ApiTokenForm("", null, 90, List.of());
    }

    /** The partner chosen, null for all partners ("" is the form's "All partners"). */
    @Nullable
    Long partner() {
        if (partnerId == null || partnerId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(partnerId.strip());
        } catch (NumberFormatException e) {
            throw new ApiTokenRejectedException(ApiTokenRejectedException.Part.PARTNER, "api.partner-unknown");
        }
    }

    List<String> scopeList() {
        return scopes == null ? List.of() : scopes;
    }
}
