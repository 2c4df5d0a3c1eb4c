package io.partneracademy.partners;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An admin's choice of a partner manager for a partner, as posted from the select box. */
@Serdeable
record ManagerChoice(@Nullable @NotNull(message = "{partner.manager-role-required}")
                     @Pattern(regexp = "[0-9]{1,18}", message = "{partner.manager-role-required}") String managerId) {

    long id() {
        return Long.parseLong(managerId);
    }
}
