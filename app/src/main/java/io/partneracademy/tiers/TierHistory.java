package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.Dates;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** A partner's tier assessments over time, and the one in force on a given day; scoped in the service. */
@Singleton
public class TierHistory {

    private final Partners partners;
    private final TierRepository tiers;

    TierHistory(Partners partners, TierRepository tiers) {
        this.partners = partners;
        this.tiers = tiers;
    }

    /** One period during which the assessment did not change. */
    public record Period(String from, @Nullable String to, Tier current, Tier eligible, int certified,
                         String explanation, String cause) {
    }

    /** The latest 50 periods, newest first. */
    public List<Period> recent(CurrentUser viewer, long partnerId) {
        partners.getManaged(viewer, partnerId);
        return tiers.findHistory(partnerId).stream().map(TierHistory::period).toList();
    }

    /** The assessment in force at the end of a day (UTC), if the partner had been assessed by then. */
    public Optional<Period> asOf(CurrentUser viewer, long partnerId, LocalDate day) {
        partners.getManaged(viewer, partnerId);
        return tiers.findAsOf(partnerId, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000))
                .map(TierHistory::period);
    }

    private static Period period(AssessmentRow a) {
        return new Period(Dates.utc(a.validFrom()), a.validTo() == null ? null : Dates.utc(a.validTo()),
                Tier.valueOf(a.currentTier()), Tier.valueOf(a.eligibleTier()), a.certified(), a.explanation(), a.cause());
    }
}
