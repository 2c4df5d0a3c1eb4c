package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The new password, typed twice. */
@Serdeable
record AcceptInvitationForm(@Nullable String password, @Nullable String confirmation) {
}
