package io.partneracademy.tiers;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** An active certification held by a partner's current employee. */
@Introspected
record HeldRow(long partnerId, long userId, String displayName, String level, Instant expiresAt) {
}
