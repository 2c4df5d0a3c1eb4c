package io.partneracademy.sso;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An email domain an admin has claimed for one partner company. */
@MappedEntity("sso_domain")
record SsoDomain(@Id String domain, long partnerId, long claimedBy, Instant claimedAt) {
}
