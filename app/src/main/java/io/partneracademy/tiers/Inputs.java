package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What assessing partners reads: the policy, certified counts, ARR and referrals, stored results, grace periods. */
record Inputs(List<TierPolicy> policies, Map<Long, PartnerCountsRow> counts, Map<Long, Integer> specializations,
              Map<Long, PartnerMetricsRow> metrics,
              Map<Long, AssessmentRow> open, Map<Long, GraceRow> graces) {

    /** Everything for every partner, in six queries whatever the number of partners. */
    static Inputs all(TierRepository tiers, GraceRepository graces, java.time.Instant now) {
        return new Inputs(tiers.findPolicies(),
                byPartner(tiers.countCertifiedAll(now), PartnerCountsRow::partnerId),
                tiers.countSpecializationsAll(now).stream().collect(Collectors.toMap(SpecializationsRow::partnerId,
                        SpecializationsRow::specializations)),
                byPartner(tiers.findLatestMetricsAll(), PartnerMetricsRow::partnerId),
                byPartner(tiers.findAllOpen(), AssessmentRow::partnerId),
                byPartner(graces.findAll(), GraceRow::partnerId));
    }

    /** Everything for one partner. */
    static Inputs one(long partnerId, TierRepository tiers, GraceRepository graces, java.time.Instant now) {
        CountsRow c = tiers.countCertified(partnerId, now);
        return new Inputs(tiers.findPolicies(),
                Map.of(partnerId, new PartnerCountsRow(partnerId, c.certified(), c.practitioners(), c.architects())),
                Map.of(partnerId, tiers.countSpecializations(partnerId, now)),
                tiers.findLatestMetrics(partnerId)
                        .map(m -> Map.of(partnerId, new PartnerMetricsRow(partnerId, m.arr(), m.referrals())))
                        .orElse(Map.of()),
                tiers.findOpen(partnerId).map(a -> Map.of(partnerId, a)).orElse(Map.of()),
                graces.findById(partnerId).map(g -> Map.of(partnerId, g)).orElse(Map.of()));
    }

    Eligibility.Counts countsOf(long partnerId) {
        PartnerCountsRow c = counts.get(partnerId);
        int held = specializations.getOrDefault(partnerId, 0);
        return c == null ? new Eligibility.Counts(0, 0, 0, held)
                : new Eligibility.Counts(c.certified(), c.practitioners(), c.architects(), held);
    }

    BigDecimal arrOf(long partnerId) {
        PartnerMetricsRow m = metrics.get(partnerId);
        return m == null ? BigDecimal.ZERO : m.arr();
    }

    int referralsOf(long partnerId) {
        PartnerMetricsRow m = metrics.get(partnerId);
        return m == null ? 0 : m.referrals();
    }

    @Nullable
    GraceRow graceOf(long partnerId) {
        return graces.get(partnerId);
    }

    private static <T> Map<Long, T> byPartner(List<T> rows, Function<T, Long> key) {
        return rows.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
