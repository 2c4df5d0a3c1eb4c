package io.partneracademy.tiers;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.certification.DaysLeft;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.ContentText;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tier view of the partners a person looks after, at-risk partners first; scoped in the service. However
 * many partners, it reads them in a fixed number of queries.
 */
@Singleton
public class TierDashboard {

    /** How far ahead the forecast looks for a drop below the current tier. */
    static final int FORECAST_DAYS = 365;

    private final Partners partners;
    private final Assessments assessments;
    private final TierRepository tiers;
    private final PathRules paths;
    private final MessageSource messages;
    private final Clock clock;

    TierDashboard(Partners partners, Assessments assessments, TierRepository tiers, PathRules paths,
                  MessageSource messages, Clock clock) {
        this.paths = paths;
        this.messages = messages;
        this.partners = partners;
        this.assessments = assessments;
        this.tiers = tiers;
        this.clock = clock;
    }

    /** How a partner stands against its tier: on track, eligible for more, or at risk of less (in a grace period). */
    public enum Standing { ON_TRACK, UPGRADE, AT_RISK }

    /** One partner's line: its tier, the assessment behind it, who is certified, what expires and what is ahead. */
    public record Line(long partnerId, String partner, Tier current, Assessment assessment, Counts counts,
                       Expiries expiring, Outlook outlook) {
    }

    /**
     * The partner's open assessment: the tier it is eligible for, why, from which metrics, and since when.
     *
     * @param explanation why, in the reader's language (English when no reader is given, as stored)
     * @param missing     what the next tier up still needed at the assessment, as data; null for an assessment
     *                    stored before it kept that (V135)
     */
    public record Assessment(Tier eligible, Standing standing, String explanation, BigDecimal arr, int referrals,
                             Instant assessedAt, @Nullable List<TierGap> missing) implements Explained {

        /** The ARR as the page prints it: $610,000. */
        public String arrText() {
            return Eligibility.money(arr);
        }
    }

    /** Certified people: in all, at practitioner level or above, architects, and specialists. */
    public record Counts(int certified, int practitioners, int architects, int specializations) {
    }

    /** How many certifications of the partner's people expire within 30, 60 and 90 days. */
    public record Expiries(int in30, int in60, int in90) {
    }

    /**
     * What is ahead: the forecast drop (day, tier, the people whose renewal would prevent it, renewals under way)
     * and a downgrade already decided at the end of a grace period; nulls when none.
     */
    public record Outlook(@Nullable String dropsOn, @Nullable Tier dropsTo, List<String> recertify,
                          @Nullable String downgradeOn, @Nullable Tier downgradeTo, List<Renewal> renewals) {
    }

    /** A certification whose renewal keeps the partner's tier: whose, and on which path. */
    public record Renewal(long userId, String name, String pathId) {
    }

    /** How many certified people a tier needs, for the charts' marks. */
    public record Threshold(Tier tier, int minCertified) {
    }

    /** The certified-people thresholds of the tiers above Registered, lowest first. */
    public List<Threshold> thresholds() {
        return tiers.findPolicies().stream().filter(p -> p.tier() != Tier.REGISTERED)
                .sorted(Comparator.comparing(TierPolicy::tier))
                .map(p -> new Threshold(p.tier(), p.minCertified())).toList();
    }

    /**
     * A certification that expires soon: whose, at which partner, and in how many days.
     *
     * @param certification its path's title in the reader's language, else the English source (marked)
     */
    public record Expiring(long partnerId, String partner, String name, ContentText certification, String on,
                           long days) {
    }

    /** The first {@code limit} certifications expiring within {@code days} among the viewer's partners, and how many. */
    public record ExpiringSoon(int count, int days, List<Expiring> first) {
    }

    /** How many of the viewer's partners are at risk, and the first few of them by name, read in full. */
    public record AtRisk(int count, List<Line> first) {
    }

    /**
     * The partners the viewer looks after that are at risk of falling below their tier: how many, and the first
     * {@code limit} by name. The stored assessments say which are at risk in two queries however many partners the
     * viewer looks after; only the ones shown are read in full. A partner never assessed yet is assessed here, as
     * on the portfolio page.
     */
    public AtRisk atRisk(CurrentUser viewer, int limit) {
        return atRisk(viewer, limit, null);
    }

    /** {@link #atRisk(CurrentUser, int)} with each explanation in the reader's language. */
    public AtRisk atRisk(CurrentUser viewer, int limit, @Nullable Locale reader) {
        List<Partner> all = partners.managedBy(viewer);
        if (all.isEmpty()) {
            return new AtRisk(0, List.of());
        }
        List<Long> ids = all.stream().map(Partner::id).toList();
        // Admins look after every partner (Partners.managedBy): read everything rather than list thousands of ids.
        boolean everyone = viewer.has(Role.ADMIN);
        Map<Long, AssessmentRow> open = new HashMap<>();
        (everyone ? tiers.findAllOpen() : tiers.findOpenIn(ids)).forEach(a -> open.put(a.partnerId(), a));
        java.util.Set<Long> inGrace = (everyone ? assessments.allGraces() : assessments.graces(ids)).stream()
                .map(GraceRow::partnerId).collect(Collectors.toSet());
        List<Line> fresh = lines(all.stream().filter(p -> !open.containsKey(p.id())).toList(), reader).stream()
                .filter(l -> l.assessment().standing() == Standing.AT_RISK).toList();
        List<Partner> assessed = all.stream().filter(p -> open.containsKey(p.id())
                        && standing(p.tier(), open.get(p.id()).eligibleTier(), inGrace.contains(p.id())) == Standing.AT_RISK)
                .sorted(Comparator.comparing(Partner::name)).toList();
        List<Line> first = java.util.stream.Stream.concat(fresh.stream(),
                        lines(assessed.subList(0, Math.min(limit, assessed.size())), reader).stream())
                .sorted(Comparator.comparing(Line::partner)).limit(limit).toList();
        return new AtRisk(fresh.size() + assessed.size(), first);
    }

    /**
     * Certifications held by the current staff of the viewer's partners that expire within the next days, soonest
     * first, each named in the reader's language where its path is translated into it.
     */
    public ExpiringSoon expiring(CurrentUser viewer, int days, int limit, @Nullable Locale reader) {
        boolean everyone = viewer.has(Role.ADMIN);
        List<Long> ids = everyone ? List.of() : partners.managedBy(viewer).stream().map(Partner::id).toList();
        if (!everyone && ids.isEmpty()) {
            return new ExpiringSoon(0, days, List.of());
        }
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(days));
        List<Expiring> first = expiring(everyone ? tiers.findExpiringAnywhere(now, until, limit)
                : tiers.findExpiring(ids, now, until, limit), now, reader);
        int count = first.size() < limit ? first.size()
                : everyone ? tiers.countExpiringAnywhere(now, until) : tiers.countExpiring(ids, now, until);
        return new ExpiringSoon(count, days, first);
    }

    /**
     * Certifications of one partner's current staff that expire within the next days, soonest first, named in the
     * reader's language where translated (403 outside).
     */
    public ExpiringSoon expiringAt(CurrentUser viewer, long partnerId, int days, int limit, @Nullable Locale reader) {
        partners.getManaged(viewer, partnerId);
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(days));
        List<Expiring> first = expiring(tiers.findExpiring(List.of(partnerId), now, until, limit), now, reader);
        int count = first.size() < limit ? first.size() : tiers.countExpiring(List.of(partnerId), now, until);
        return new ExpiringSoon(count, days, first);
    }

    private List<Expiring> expiring(List<ExpiringRow> rows, Instant now, @Nullable Locale reader) {
        PathRules.Titles titles = paths.titles(reader == null ? null : Eligibility.supported(reader));
        return rows.stream().map(r -> new Expiring(r.partnerId(), r.partnerName(), r.displayName(),
                        titles.of(r.pathId(), r.pathTitle()), day(r.expiresAt()),
                        DaysLeft.until(r.expiresAt(), now)))
                .toList();
    }

    /** Every partner the viewer looks after, at risk first, with the stored English explanations. */
    public List<Line> portfolio(CurrentUser viewer) {
        return portfolio(viewer, null);
    }

    /** Every partner the viewer looks after, at risk first, each explanation in the reader's language. */
    public List<Line> portfolio(CurrentUser viewer, @Nullable Locale reader) {
        return lines(partners.managedBy(viewer), reader).stream()
                .sorted(Comparator.comparing((Line l) -> l.assessment().standing() != Standing.AT_RISK).thenComparing(Line::partner))
                .toList();
    }

    /** One partner's line, if the viewer looks after it, with the stored English explanation (as the API gives it). */
    public Line partner(CurrentUser viewer, long partnerId) {
        return partner(viewer, partnerId, null);
    }

    /** One partner's line, if the viewer looks after it, with the explanation in the reader's language. */
    public Line partner(CurrentUser viewer, long partnerId, @Nullable Locale reader) {
        return lines(List.of(partners.getManaged(viewer, partnerId)), reader).get(0);
    }

    private List<Line> lines(List<Partner> list, @Nullable Locale reader) {
        if (list.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Long> ids = list.stream().map(Partner::id).toList();
        Map<Long, AssessmentRow> open = new HashMap<>();
        tiers.findOpenIn(ids).forEach(a -> open.put(a.partnerId(), a));
        Map<Long, GraceRow> graces = new HashMap<>();
        assessments.graces(ids).forEach(g -> graces.put(g.partnerId(), g));
        Map<Long, List<HeldRow>> held = tiers.findHeld(ids, now).stream()
                .collect(Collectors.groupingBy(HeldRow::partnerId));
        List<TierPolicy> policies = tiers.findPolicies();
        return list.stream().map(p -> line(p, open.computeIfAbsent(p.id(), id -> assessments.assess(id, "first view")),
                Optional.ofNullable(graces.get(p.id())), held.getOrDefault(p.id(), List.of()), policies, now, reader))
                .toList();
    }

    private Line line(Partner partner, AssessmentRow a, Optional<GraceRow> grace, List<HeldRow> held,
                      List<TierPolicy> policies, Instant now, @Nullable Locale reader) {
        Tier eligible = a.eligibleTier();
        Forecast.Result forecast = eligible.compareTo(partner.tier()) < 0 || partner.tier() == Tier.REGISTERED
                ? Forecast.Result.none()
                : Forecast.of(partner.tier(), policies, held, a.arr(), a.referrals(), now,
                        now.plus(Duration.ofDays(FORECAST_DAYS)));
        Assessment assessment = new Assessment(eligible, standing(partner.tier(), eligible, grace.isPresent()),
                Eligibility.explanation(a, reader, messages), a.arr(), a.referrals(), a.validFrom(),
                Eligibility.gaps(a).orElse(null));
        Counts counts = new Counts(a.certified(), a.practitioners(), a.architects(), a.specializations());
        Expiries expiring = new Expiries(expiring(held, now, 30), expiring(held, now, 60), expiring(held, now, 90));
        Outlook outlook = new Outlook(forecast.drop() == null ? null : day(forecast.drop()), forecast.falls(),
                forecast.people(), grace.map(g -> day(g.endsAt())).orElse(null), grace.map(GraceRow::toTier).orElse(null),
                forecast.renewals());
        return new Line(partner.id(), partner.name(), partner.tier(), assessment, counts, expiring, outlook);
    }

    /** At risk while in a grace period or eligible for less than the current tier; an upgrade when for more. */
    private static Standing standing(Tier current, Tier eligible, boolean inGrace) {
        return inGrace || eligible.compareTo(current) < 0 ? Standing.AT_RISK
                : eligible.compareTo(current) > 0 ? Standing.UPGRADE : Standing.ON_TRACK;
    }

    private static int expiring(List<HeldRow> held, Instant now, int days) {
        Instant until = now.plus(Duration.ofDays(days));
        return (int) held.stream().filter(h -> !h.expiresAt().isAfter(until)).count();
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }
}
