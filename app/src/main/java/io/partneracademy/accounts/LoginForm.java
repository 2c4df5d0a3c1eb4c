package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The sign-in form. */
@Serdeable
record LoginForm(@Nullable String email, @Nullable String password, @Nullable String next) {
}
