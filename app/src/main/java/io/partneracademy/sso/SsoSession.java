package io.partneracademy.sso;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One of our sessions that a provider's sign-in opened, with the ID token the provider's logout wants as a hint. */
@MappedEntity("sso_session")
record SsoSession(@Id String sessionHash, long providerId, String idToken, Instant createdAt) {
}
