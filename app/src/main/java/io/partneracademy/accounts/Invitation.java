package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A one-time link that lets an invited person choose their password. */
@MappedEntity("invitation")
record Invitation(@Id @GeneratedValue @Nullable Long id,
                  long userId,
                  String tokenHash,
                  long createdBy,
                  Instant createdAt,
                  Instant expiresAt,
                  @Nullable Instant usedAt) {
}
