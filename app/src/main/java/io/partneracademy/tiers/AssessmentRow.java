package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.partneracademy.partners.Tier;

import java.math.BigDecimal;
import java.time.Instant;

/** One period of a partner's tier assessment; see V033. */
@MappedEntity("tier_assessment")
record AssessmentRow(@Id @GeneratedValue @Nullable Long id, long partnerId, Tier eligibleTier, Tier currentTier,
                     int certified, int practitioners, int architects, int specializations, BigDecimal arr, int referrals,
                     String explanation, Instant validFrom, @Nullable Instant validTo, String cause) {

    /** True when the eligibility (the counts, the metrics and the tier they give) is the same. */
    boolean sameEligibility(AssessmentRow other) {
        return eligibleTier == other.eligibleTier && certified == other.certified
                && practitioners == other.practitioners && architects == other.architects
                && specializations == other.specializations && arr.compareTo(other.arr) == 0 && referrals == other.referrals;
    }

    /** True when nothing a reader would see differs. */
    boolean sameAs(AssessmentRow other) {
        return eligibleTier == other.eligibleTier && currentTier == other.currentTier
                && certified == other.certified && practitioners == other.practitioners
                && architects == other.architects && specializations == other.specializations
                && arr.compareTo(other.arr) == 0 && referrals == other.referrals && explanation.equals(other.explanation);
    }
}
