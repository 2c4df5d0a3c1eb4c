package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/** A token as its page lists it: never the secret. */
record ApiTokenView(long id, String name, String prefix, @Nullable String partner, List<String> scopes,
                    String createdBy, Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt,
                    boolean revoked, boolean usable) {
}
