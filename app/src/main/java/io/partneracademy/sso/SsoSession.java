package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One of our sessions that a provider's sign-in opened, with the ID token the provider's logout wants as a hint and
 * the ID token's {@code sub} and {@code sid}, by which a back-channel logout names the sessions to end.
 */
@MappedEntity("sso_session")
record SsoSession(@Id String sessionHash, long providerId, String idToken, Instant createdAt,
                  @Nullable String subject, @Nullable String sid) {
}
