package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.partneracademy.partners.Tier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one tier requires: certified people (and how many of them at Practitioner or above, and at Architect), how
 * many distinct specializations its people hold, and either the ARR or the referral threshold.
 */
@MappedEntity("tier_policy")
public record TierPolicy(@Id Tier tier, int minCertified, int minPractitioners, int minArchitects,
                         int minSpecializations, BigDecimal minArr, int minReferrals, Instant updatedAt,
                         @Nullable Long updatedBy) {
}
