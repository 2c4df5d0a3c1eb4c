package io.partneracademy.tiers;

import io.micronaut.core.annotation.Introspected;

/** How many distinct specializations one partner's current staff hold. */
@Introspected
record SpecializationsRow(long partnerId, int specializations) {
}
