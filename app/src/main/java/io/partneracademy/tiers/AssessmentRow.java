package io.partneracademy.tiers;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.partneracademy.partners.Tier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One period of a partner's tier assessment; see V033. {@code explanation} is its English text; from V135 on the row
 * also keeps the next tier's thresholds in force at that moment ({@code wordsKept}), so that pages write the
 * explanation in their reader's language ({@link Eligibility#said(AssessmentRow)}).
 */
@MappedEntity("tier_assessment")
record AssessmentRow(@Id @GeneratedValue @Nullable Long id, long partnerId, Tier eligibleTier, Tier currentTier,
                     int certified, int practitioners, int architects, int specializations, BigDecimal arr, int referrals,
                     String explanation, Instant validFrom, @Nullable Instant validTo, String cause, boolean wordsKept,
                     @Nullable Tier nextTier, @Nullable Integer nextMinCertified, @Nullable Integer nextMinPractitioners,
                     @Nullable Integer nextMinArchitects, @Nullable Integer nextMinSpecializations,
                     @Nullable BigDecimal nextMinArr, @Nullable Integer nextMinReferrals) {

    @Creator
    AssessmentRow {
    }

    /** An assessment with what its explanation is written from: the next tier's thresholds, or none. */
    AssessmentRow(long partnerId, Tier eligibleTier, Tier currentTier, Eligibility.Counts counts, BigDecimal arr,
                  int referrals, String explanation, Instant validFrom, String cause,
                  @Nullable Eligibility.Thresholds next) {
        this(null, partnerId, eligibleTier, currentTier, counts.certified(), counts.practitioners(), counts.architects(),
                counts.specializations(), arr, referrals, explanation, validFrom, null, cause, true,
                next == null ? null : next.tier(), next == null ? null : next.minCertified(),
                next == null ? null : next.minPractitioners(), next == null ? null : next.minArchitects(),
                next == null ? null : next.minSpecializations(), next == null ? null : next.minArr(),
                next == null ? null : next.minReferrals());
    }

    /** The counts the assessment was made from. */
    Eligibility.Counts counts() {
        return new Eligibility.Counts(certified, practitioners, architects, specializations);
    }

    /** The next tier's thresholds at the assessment; empty when it met every tier or predates V135. */
    java.util.Optional<Eligibility.Thresholds> next() {
        return nextTier == null || !wordsKept ? java.util.Optional.empty()
                : java.util.Optional.of(new Eligibility.Thresholds(nextTier, nextMinCertified, nextMinPractitioners,
                        nextMinArchitects, nextMinSpecializations, nextMinArr, nextMinReferrals));
    }

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
