package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.Level;
import io.partneracademy.partners.Tier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a partner would fall below a tier if nobody recertified: certifications are let expire one date at a time
 * and the partner reassessed after each, with the people whose expiries caused the drop.
 */
final class Forecast {

    private Forecast() {
    }

    /**
     * @param drop    the first date the eligible tier falls below {@code tier}, or null within the horizon
     * @param falls   the tier it falls to
     * @param people  whose recertification before that date prevents the drop
     * @param renewals for each of them, the certification to renew: the highest level of theirs that lapses by then
     */
    record Result(@Nullable Instant drop, @Nullable Tier falls, List<String> people,
                  List<TierDashboard.Renewal> renewals) {

        static Result none() {
            return new Result(null, null, List.of(), List.of());
        }
    }

    static Result of(Tier tier, List<TierPolicy> policies, List<HeldRow> held, BigDecimal arr, int referrals,
                     Instant now, Instant horizon) {
        List<HeldRow> remaining = new ArrayList<>(held.stream().filter(h -> h.expiresAt().isAfter(now)).toList());
        if (Eligibility.assess(policies, counts(remaining), arr, referrals).eligible().compareTo(tier) < 0) {
            return new Result(now, Eligibility.assess(policies, counts(remaining), arr, referrals).eligible(), List.of(),
                    List.of());
        }
        List<Instant> dates = remaining.stream().map(HeldRow::expiresAt).filter(d -> !d.isAfter(horizon))
                .distinct().sorted().toList();
        Set<String> expired = new LinkedHashSet<>();
        Map<Long, HeldRow> lapsing = new LinkedHashMap<>();
        for (Instant date : dates) {
            remaining.stream().filter(h -> h.expiresAt().equals(date)).forEach(h -> {
                expired.add(h.displayName());
                lapsing.merge(h.userId(), h, (a, b) -> a.level().compareTo(b.level()) >= 0 ? a : b);
            });
            remaining.removeIf(h -> !h.expiresAt().isAfter(date));
            Tier eligible = Eligibility.assess(policies, counts(remaining), arr, referrals).eligible();
            if (eligible.compareTo(tier) < 0) {
                return new Result(date, eligible, List.copyOf(expired), lapsing.values().stream()
                        .map(h -> new TierDashboard.Renewal(h.userId(), h.displayName(), h.pathId())).toList());
            }
        }
        return Result.none();
    }

    /** Each person once, at the highest level they still hold. */
    static Eligibility.Counts counts(List<HeldRow> held) {
        Map<Long, Level> top = new HashMap<>();
        java.util.Set<String> specializations = new java.util.HashSet<>();
        for (HeldRow h : held) {
            // A specialization counts its holder as certified, at no level (as TierRepository.countCertified does).
            Level level = h.level().isRung() ? h.level() : Level.FOUNDATION;
            top.merge(h.userId(), level, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            if (!h.level().isRung()) {
                specializations.add(h.pathId());
            }
        }
        int practitioners = (int) top.values().stream().filter(l -> l.compareTo(Level.PRACTITIONER) >= 0).count();
        int architects = (int) top.values().stream().filter(l -> l == Level.ARCHITECT).count();
        return new Eligibility.Counts(top.size(), practitioners, architects, specializations.size());
    }
}
