package io.partneracademy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.partners.Partner;
import io.partneracademy.tiers.TierDashboard;
import io.partneracademy.tiers.TierGap;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A partner company as the API shows it; with its tier standing when asked for one partner.
 *
 * @param tier        the tier the partner holds now
 * @param eligibility what the tier policy says today, with its explanation; only on GET /partners/{id}
 */
@Serdeable
record ApiPartner(long id, String name, String type, String region, @Nullable LocalDate agreementSignedOn,
                  String tier, Instant updatedAt, @Nullable Eligibility eligibility) {

    /**
     * The partner's standing under the tier policy.
     *
     * @param eligibleTier the tier its people and numbers qualify for today
     * @param standing     e.g. AT_RISK when it holds a tier it no longer qualifies for (grace period)
     * @param explanation  why, in English words ("Gold needs 2 people certified; you have 1 …"), as stored with the
     *                     assessment; kept for clients that show it (a client that writes its own text reads
     *                     {@code missing})
     * @param assessedAt   when the tier policy last assessed the partner, an ISO 8601 instant ("2026-12-06T19:05:00Z")
     * @param dropsOn      when the partner falls below its tier unless something changes, if it will
     * @param missing      what the next tier up still needed at the assessment, as data: per requirement
     *                     ({@code CERTIFIED}, {@code PRACTITIONERS}, {@code ARCHITECTS}, {@code SPECIALIZATIONS},
     *                     {@code ARR} with {@code REFERRALS} as its alternative) the tier's threshold
     *                     ({@code needed}) and what the partner had ({@code have}); empty when it met every tier;
     *                     null for an assessment stored before 2026-12-07, which has only its English text
     * @param missingUnknown why {@code missing} is null ({@code THRESHOLDS_NOT_KEPT}: stored before 2026-12-07), as in
     *                       the tier history; null when {@code missing} is given
     */
    @Serdeable
    record Eligibility(String eligibleTier, String standing, String explanation, int certified, int practitioners,
                       int architects, BigDecimal arr, int referrals, Instant assessedAt, @Nullable String dropsOn,
                       @Nullable String dropsTo, @Nullable String downgradeOn,
                       @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable List<TierGap> missing,
                       @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable ApiTierPeriod.MissingUnknown missingUnknown) {
    }

    static ApiPartner of(Partner p, @Nullable TierDashboard.Line line) {
        Eligibility eligibility = line == null ? null : eligibility(line.assessment(), line.counts(), line.outlook());
        return new ApiPartner(p.id(), p.name(), p.type().name(), p.region(), p.agreementSignedOn(), p.tier().name(),
                p.updatedAt(), eligibility);
    }

    private static Eligibility eligibility(TierDashboard.Assessment a, TierDashboard.Counts counts,
                                           TierDashboard.Outlook outlook) {
        return new Eligibility(a.eligible().name(), a.standing().name(), a.explanation(), counts.certified(),
                counts.practitioners(), counts.architects(), a.arr(), a.referrals(), a.assessedAt(), outlook.dropsOn(),
                outlook.dropsTo() == null ? null : outlook.dropsTo().name(), outlook.downgradeOn(), a.missing(),
                ApiTierPeriod.MissingUnknown.of(a.missing()));
    }
}
