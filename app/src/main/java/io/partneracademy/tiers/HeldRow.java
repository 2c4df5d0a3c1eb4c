package io.partneracademy.tiers;

import io.micronaut.core.annotation.Introspected;
import io.partneracademy.catalog.Level;

import java.time.Instant;

/** An active certification held by a partner's current employee. */
@Introspected
record HeldRow(long partnerId, long userId, String displayName, String pathId, Level level, Instant expiresAt) {
}
