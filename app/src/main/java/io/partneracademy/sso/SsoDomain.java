package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An email domain an admin has claimed for one partner company, and the company's provider its people sign in
 * through (none: they sign in with their password).
 */
@MappedEntity("sso_domain")
record SsoDomain(@Id String domain, long partnerId, long claimedBy, Instant claimedAt, @Nullable Long providerId) {
}
