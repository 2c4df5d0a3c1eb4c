package io.partneracademy.tiers;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.partneracademy.partners.Tier;

import java.time.Instant;

/** A partner at risk: it keeps {@code fromTier} until {@code endsAt}, then falls to {@code toTier}; see V063. */
@MappedEntity("tier_grace")
record GraceRow(@Id long partnerId, Tier fromTier, Tier toTier, Instant startedAt, Instant endsAt) {
}
