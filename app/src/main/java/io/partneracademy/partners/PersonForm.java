package io.partneracademy.partners;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A partner admin's form for inviting a colleague. */
@Serdeable
public record PersonForm(@NotBlank @Email @Size(max = 254) String email,
                         @NotBlank @Size(max = 200) String displayName,
                         @Nullable @Size(max = 120) String jobTitle) {

    static PersonForm empty() {
        return new PersonForm("", "", "");
    }
}
