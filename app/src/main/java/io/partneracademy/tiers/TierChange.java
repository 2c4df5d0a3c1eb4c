package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.partners.Tier;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a reassessment does to a partner's tier. A partner that qualifies for more moves up at once; one that
 * qualifies for less keeps its tier through a grace period ("at risk") and moves down only when the period ends
 * and it still does not qualify.
 */
final class TierChange {

    private TierChange() {
    }

    enum Kind { NONE, UPGRADED, AT_RISK, RISK_CHANGED, RECOVERED, DOWNGRADED }

    /**
     * @param tier  the partner's tier after the change
     * @param grace the grace period in force after the change, if any
     */
    record Decision(Kind kind, Tier tier, @Nullable GraceRow grace) {
    }

    static Decision decide(long partnerId, Tier current, Tier eligible, Optional<GraceRow> grace, Instant now,
                           Duration period) {
        int compared = eligible.compareTo(current);
        if (compared > 0) {
            return new Decision(Kind.UPGRADED, eligible, null);
        }
        if (compared == 0) {
            return new Decision(grace.isPresent() ? Kind.RECOVERED : Kind.NONE, current, null);
        }
        if (grace.isEmpty()) {
            return new Decision(Kind.AT_RISK, current,
                    new GraceRow(partnerId, current, eligible, now, now.plus(period)));
        }
        GraceRow open = grace.get();
        if (!now.isBefore(open.endsAt())) {
            return new Decision(Kind.DOWNGRADED, eligible, null);
        }
        if (open.toTier() != eligible) {
            return new Decision(Kind.RISK_CHANGED, current,
                    new GraceRow(partnerId, open.fromTier(), eligible, open.startedAt(), open.endsAt()));
        }
        return new Decision(Kind.NONE, current, open);
    }
}
