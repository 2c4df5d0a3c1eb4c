package io.partneracademy.sso;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Claims an email domain for a partner company. */
@Serdeable
record DomainForm(@NotBlank @Size(max = 253) String domain, @NotNull Long partnerId) {

    static DomainForm empty() {
        return new DomainForm("", null);
    }
}
