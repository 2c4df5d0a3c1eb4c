package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A stored API token: never the secret, only its SHA-256. */
@MappedEntity("api_token")
record ApiTokenRow(@Id @GeneratedValue @Nullable Long id,
                   String name,
                   String tokenHash,
                   String prefix,
                   long createdBy,
                   @Nullable Long partnerId,
                   String scopes,
                   Instant createdAt,
                   Instant expiresAt,
                   @Nullable Instant lastUsedAt,
                   @Nullable Instant revokedAt) {
}
