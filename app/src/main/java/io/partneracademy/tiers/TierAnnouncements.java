package io.partneracademy.tiers;

import io.partneracademy.outbox.Outbox;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes tier moves and new risks to the outbox in the assessment's transaction ({@code tier.changed},
 * {@code tier.at_risk}), for features outside tiers (webhooks) to pass on.
 */
@Singleton
class TierAnnouncements {

    static final String CHANGED = "tier.changed";
    static final String AT_RISK = "tier.at_risk";

    private final Outbox outbox;

    TierAnnouncements(Outbox outbox) {
        this.outbox = outbox;
    }

    void announce(List<Assessments.Plan> plans, java.time.Instant now) {
        for (Assessments.Plan plan : plans) {
            TierChange.Kind kind = plan.decision().kind();
            long partnerId = plan.partner().id();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("partnerId", partnerId);
            payload.put("partner", plan.partner().name());
            payload.put("at", now.toString());
            if (kind == TierChange.Kind.UPGRADED || kind == TierChange.Kind.DOWNGRADED) {
                payload.put("fromTier", plan.partner().tier().name());
                payload.put("toTier", plan.decision().tier().name());
                outbox.add(CHANGED, String.valueOf(partnerId), payload);
            } else if (kind == TierChange.Kind.AT_RISK && plan.decision().grace() != null) {
                payload.put("tier", plan.partner().tier().name());
                payload.put("dropsTo", plan.decision().grace().toTier().name());
                payload.put("graceEndsAt", plan.decision().grace().endsAt().toString());
                outbox.add(AT_RISK, String.valueOf(partnerId), payload);
            }
        }
    }
}
