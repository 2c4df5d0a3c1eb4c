package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person who can sign in. The password hash is empty until they accept their invitation. */
@MappedEntity("app_user")
record AppUser(@Id @GeneratedValue @Nullable Long id,
               String email,
               String displayName,
               @Nullable String passwordHash,
               boolean active,
               Instant createdAt,
               Instant updatedAt) {

    AppUser withPasswordHash(String hash, Instant now) {
        return new AppUser(id, email, displayName, hash, active, createdAt, now);
    }

    AppUser withProfile(String newDisplayName, boolean newActive, Instant now) {
        return new AppUser(id, email, newDisplayName, passwordHash, newActive, createdAt, now);
    }
}
