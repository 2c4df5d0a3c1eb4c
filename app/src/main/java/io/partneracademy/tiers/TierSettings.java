package io.partneracademy.tiers;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Tier settings.
 *
 * @param graceDays how long a partner keeps a tier it no longer qualifies for before it moves down
 */
@ConfigurationProperties("partneracademy.tiers")
record TierSettings(@Bindable(defaultValue = "60") int graceDays) {

    Duration gracePeriod() {
        return Duration.ofDays(graceDays);
    }
}
