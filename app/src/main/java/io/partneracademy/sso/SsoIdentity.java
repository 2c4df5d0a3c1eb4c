package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person's account at a provider (its {@code sub}), linked to one of our accounts. */
@MappedEntity("sso_identity")
record SsoIdentity(@Id @GeneratedValue @Nullable Long id,
                   long providerId,
                   String subject,
                   long userId,
                   Instant createdAt,
                   Instant lastSignInAt) {
}
