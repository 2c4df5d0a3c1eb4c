package io.partneracademy.tiers;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;

/** One partner's newest ARR and referrals, as the full recount reads them for every partner at once. */
@Introspected
record PartnerMetricsRow(long partnerId, BigDecimal arr, int referrals) {
}
