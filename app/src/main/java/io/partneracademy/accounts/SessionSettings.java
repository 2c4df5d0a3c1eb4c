package io.partneracademy.accounts;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * How long a sign-in lasts: idle timeout since the last request, absolute timeout since sign-in; and how long a
 * node may answer from its session cache before reading the session again (zero: never cache; ADR 0010).
 */
@ConfigurationProperties("partneracademy.sessions")
record SessionSettings(Duration idleTimeout, Duration absoluteTimeout, @Nullable Duration cacheFor) {
}
