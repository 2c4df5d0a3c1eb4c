package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A partner company's OpenID Connect provider; the client secret is stored encrypted ({@link ClientSecrets}).
 * {@code trustEmail} accepts the provider's email as verified without an {@code email_verified} claim (Entra ID).
 */
@MappedEntity("sso_provider")
record SsoProvider(@Id @GeneratedValue @Nullable Long id,
                   long partnerId,
                   String issuer,
                   String clientId,
                   String clientSecret,
                   boolean enabled,
                   boolean trustEmail,
                   Instant createdAt,
                   Instant updatedAt) {
}
