package io.partneracademy.sso;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Single sign-on settings: whether issuers may use plain http (development and tests only), which internal hosts or
 * addresses providers may live at (none by default: SSRF), how long a sign-in
 * may take at the provider, how long discovery documents and signing keys are kept, and the allowed clock skew.
 */
@ConfigurationProperties("partneracademy.sso")
record SsoSettings(@Bindable(defaultValue = "false") boolean allowHttpIssuers,
                   @Bindable(defaultValue = "") java.util.List<String> allowedHosts,
                   @Bindable(defaultValue = "10m") Duration requestTimeout,
                   @Bindable(defaultValue = "15m") Duration discoveryCacheFor,
                   @Bindable(defaultValue = "60s") Duration clockSkew) {
}
