package io.partneracademy.tiers;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** An active certification of a partner's current employee that expires soon. */
@Introspected
record ExpiringRow(long partnerId, String partnerName, long userId, String displayName, String pathId,
                   String pathTitle,
                   Instant expiresAt) {
}
