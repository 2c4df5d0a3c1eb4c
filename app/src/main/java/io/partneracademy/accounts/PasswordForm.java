package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The profile's "set a password" form: the new password twice. */
@Serdeable
record PasswordForm(@Nullable String password, @Nullable String confirmation) {
}
