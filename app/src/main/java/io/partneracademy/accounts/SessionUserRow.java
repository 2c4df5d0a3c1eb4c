package io.partneracademy.accounts;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A session with its user and roles, read in one statement on every authenticated request. */
@Introspected
record SessionUserRow(long userId, Instant lastSeenAt, Instant expiresAt, String email, String displayName,
                      boolean active, @Nullable String language,
                      @Nullable String timeZone, @Nullable String roles) {
}
