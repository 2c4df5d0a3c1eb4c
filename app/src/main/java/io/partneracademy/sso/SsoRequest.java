package io.partneracademy.sso;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A sign-in sent to a provider and not back yet: keyed by the hash of its state, used at most once. */
@MappedEntity("sso_request")
record SsoRequest(@Id String stateHash,
                  long providerId,
                  String nonce,
                  String codeVerifier,
                  String returnTo,
                  Instant expiresAt) {
}
