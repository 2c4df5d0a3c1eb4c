package io.partneracademy.accounts;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** How long a sign-in lasts: idle timeout since the last request, absolute timeout since sign-in. */
@ConfigurationProperties("partneracademy.sessions")
record SessionSettings(Duration idleTimeout, Duration absoluteTimeout) {
}
