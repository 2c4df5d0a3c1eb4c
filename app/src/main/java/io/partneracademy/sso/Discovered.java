package io.partneracademy.sso;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;

import java.time.Instant;

/** A provider's discovery document and its signing keys (cached, refreshed when an unknown key id shows up). */
record Discovered(OIDCProviderMetadata metadata, JWKSource<SecurityContext> keys, Instant fetchedAt) {
}
