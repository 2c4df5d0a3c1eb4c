package io.partneracademy.tiers;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.Dates;
import io.partneracademy.web.ForbiddenException;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The tier view of the partners a person looks after, at-risk partners first; scoped in the service. */
@Singleton
public class TierDashboard {

    private final Partners partners;
    private final Assessments assessments;
    private final TierRepository tiers;
    private final Clock clock;
    /** How far ahead the forecast looks for a drop below the current tier. */
    static final int FORECAST_DAYS = 365;

    TierDashboard(Partners partners, Assessments assessments, TierRepository tiers, Clock clock) {
        this.partners = partners;
        this.assessments = assessments;
        this.tiers = tiers;
        this.clock = clock;
    }

    /** One partner's line. */
    public record Line(long partnerId, String partner, Tier current, Tier eligible, String standing,
                       String explanation, int certified, int practitioners, int architects, int expiring30,
                       int expiring60, int expiring90, BigDecimal arr, int referrals, String assessedAt,
                       @io.micronaut.core.annotation.Nullable String dropsOn,
                       @io.micronaut.core.annotation.Nullable Tier dropsTo, List<String> recertify,
                       @io.micronaut.core.annotation.Nullable String downgradeOn,
                       @io.micronaut.core.annotation.Nullable Tier downgradeTo) {

        /** The ARR as the page prints it: $610,000. */
        public String arrText() {
            return Eligibility.money(arr);
        }
    }

    public List<Line> portfolio(CurrentUser viewer) {
        return partners.managedBy(viewer).stream()
                .map(this::line)
                .sorted(Comparator.comparing((Line l) -> !"AT_RISK".equals(l.standing())).thenComparing(Line::partner))
                .toList();
    }

    /** One partner's line, if the viewer looks after it. */
    public Line partner(CurrentUser viewer, long partnerId) {
        return partners.managedBy(viewer).stream().filter(p -> p.id() == partnerId).findFirst()
                .map(this::line).orElseThrow(() -> new ForbiddenException("tiers.forbidden"));
    }

    /** The partner's tier assessment as it stood at the end of a past day. */
    public java.util.Optional<AssessmentRow> asOf(CurrentUser viewer, long partnerId, LocalDate day) {
        partner(viewer, partnerId);
        return assessments.asOf(partnerId, day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minusNanos(1000));
    }

    private Line line(Partner partner) {
        AssessmentRow a = tiers.findOpen(partner.id()).orElseGet(() -> assessments.assess(partner.id(), "first view"));
        Instant now = clock.instant();
        Tier eligible = Tier.valueOf(a.eligibleTier());
        java.util.Optional<GraceRow> grace = assessments.grace(partner.id());
        String standing = grace.isPresent() || eligible.compareTo(partner.tier()) < 0 ? "AT_RISK"
                : eligible.compareTo(partner.tier()) > 0 ? "UPGRADE" : "ON_TRACK";
        Forecast.Result forecast = eligible.compareTo(partner.tier()) < 0 || partner.tier() == Tier.REGISTERED
                ? new Forecast.Result(null, null, List.of())
                : Forecast.of(partner.tier(), tiers.findPolicies(), tiers.findHeld(partner.id(), now), a.arr(),
                        a.referrals(), now, now.plus(Duration.ofDays(FORECAST_DAYS)));
        return new Line(partner.id(), partner.name(), partner.tier(), eligible, standing, a.explanation(), a.certified(),
                a.practitioners(), a.architects(), expiring(partner, now, 30), expiring(partner, now, 60),
                expiring(partner, now, 90), a.arr(), a.referrals(), Dates.utc(a.validFrom()),
                forecast.drop() == null ? null : LocalDate.ofInstant(forecast.drop(), java.time.ZoneOffset.UTC).toString(),
                forecast.falls(), forecast.people(),
                grace.map(g -> LocalDate.ofInstant(g.endsAt(), java.time.ZoneOffset.UTC).toString()).orElse(null),
                grace.map(g -> Tier.valueOf(g.toTier())).orElse(null));
    }

    private int expiring(Partner partner, Instant now, int days) {
        return tiers.countExpiring(partner.id(), now, now.plus(Duration.ofDays(days)));
    }
}
