package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An admin's form for a user: email (only when inviting), name, roles, active. */
@Serdeable
record UserForm(@Nullable @Email @Size(max = 254) String email,
                @NotBlank @Size(max = 200) String displayName,
                @Nullable List<Role> roles,
                @Nullable Boolean active) {

    Set<Role> roleSet() {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Whether the form keeps the account active; named so templates still read the {@code active} component. */
    boolean activeChosen() {
        return active != null && active;
    }

    static UserForm of(UserSummary user) {
        return new UserForm(user.email(), user.displayName(), List.copyOf(user.roles()), user.active());
    }

    static UserForm empty() {
        return new UserForm("", "", List.of(Role.LEARNER), true);
    }
}
