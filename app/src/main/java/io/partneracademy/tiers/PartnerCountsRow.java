package io.partneracademy.tiers;

import io.micronaut.core.annotation.Introspected;

/** One partner's certified people, as the full recount reads them for every partner at once. */
@Introspected
record PartnerCountsRow(long partnerId, int certified, int practitioners, int architects) {
}
