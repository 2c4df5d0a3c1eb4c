package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A token as its page lists it: never the secret. */
record ApiTokenView(long id, String name, String prefix, @Nullable String partner, List<String> scopes,
                    String createdBy, String createdAt, String expiresAt, @Nullable String lastUsedAt,
                    boolean revoked, boolean usable) {
}
