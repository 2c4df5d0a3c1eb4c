package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A signed-in browser, keyed by the SHA-256 of its cookie token. */
@MappedEntity("user_session")
record UserSession(@Id String tokenHash,
                   long userId,
                   Instant createdAt,
                   Instant lastSeenAt,
                   Instant expiresAt,
                   @Nullable String userAgent) {
}
