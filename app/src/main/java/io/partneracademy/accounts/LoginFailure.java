package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One failed sign-in, kept for throttling. */
@MappedEntity("login_failure")
record LoginFailure(@Id @GeneratedValue @Nullable Long id, String email, String remoteAddress, Instant failedAt) {
}
