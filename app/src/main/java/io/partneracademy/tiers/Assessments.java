package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps each partner's tier assessment current: recomputed on every certification and employment event, stored
 * only when the result changes (so the history answers "as of" questions), and recounted in full every night as
 * a check that the incremental path missed nothing. A partner moves up a tier at once and down only after the
 * grace period ({@link TierChange}).
 *
 * <p>Every node runs the jobs, so writes run READ COMMITTED: a transaction that waited for another node's lock on a
 * partner then reads that node's committed assessment and leaves it alone, instead of reading its own older
 * REPEATABLE READ snapshot and storing a second open assessment (found by ThreeNodeTest racing the nightly recount).
 */
@Singleton
public class Assessments {

    private static final Logger LOG = LoggerFactory.getLogger(Assessments.class);

    private final TierRepository tiers;
    private final GraceRepository graces;
    private final Partners partners;
    private final TierNotices notices;
    private final TierAnnouncements announcements;
    private final TierSettings settings;
    private final Clock clock;

    Assessments(TierRepository tiers, GraceRepository graces, Partners partners, TierNotices notices,
                TierAnnouncements announcements, TierSettings settings, Clock clock) {
        this.announcements = announcements;
        this.tiers = tiers;
        this.graces = graces;
        this.partners = partners;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    /** The result of assessing one partner, and what it changes. */
    record Plan(Partner partner, @Nullable AssessmentRow stored, AssessmentRow fresh, TierChange.Decision decision,
                Eligibility.Words said) {

        boolean changes() {
            return decision.kind() != TierChange.Kind.NONE || stored == null || !stored.sameAs(fresh);
        }
    }

    /** Recomputes one partner; returns the assessment in force afterwards. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public AssessmentRow assess(long partnerId, String cause) {
        tiers.lockPartner(partnerId);
        Instant now = clock.instant();
        Plan plan = plan(partners.get(partnerId), Inputs.one(partnerId, tiers, graces, now), now, cause);
        if (!plan.changes()) {
            return keepWords(List.of(plan)) ? tiers.findOpen(partnerId).orElseThrow() : plan.stored();
        }
        apply(List.of(plan), now);
        return tiers.findOpen(partnerId).orElseThrow();
    }

    /**
     * The nightly full recount: every partner computed from scratch in a few set-based queries and compared with
     * what the incremental path stored. Disagreements are logged and corrected; returns how many there were.
     */
    @Scheduled(cron = "0 30 2 * * *")
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public int recountAll() {
        return recount("nightly recount", true);
    }

    /** Reassesses every partner (after a policy change); returns how many partners' results changed. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public int reassessAll(String cause) {
        return recount(cause, false);
    }

    /** Ends the grace periods that are over: each such partner is reassessed and moves down if it still must. */
    @Scheduled(fixedDelay = "15m", initialDelay = "1m")
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public int endGracePeriods() {
        List<Long> ended = graces.findEnded(clock.instant());
        ended.forEach(id -> assess(id, "grace period ended"));
        return ended.size();
    }

    /** The assessment in force at a moment in the past (or now). */
    public Optional<AssessmentRow> asOf(long partnerId, Instant at) {
        return tiers.findAsOf(partnerId, at);
    }

    /** The grace period a partner is in, if it is at risk. */
    Optional<GraceRow> grace(long partnerId) {
        return graces.findById(partnerId);
    }

    /** Every grace period there is. */
    List<GraceRow> allGraces() {
        return graces.findAll();
    }

    /** The grace periods of these partners (those at risk). */
    List<GraceRow> graces(List<Long> partnerIds) {
        return graces.findByPartnerIdIn(partnerIds);
    }

    private int recount(String cause, boolean check) {
        Instant now = clock.instant();
        Inputs inputs = Inputs.all(tiers, graces, now);
        List<Plan> changed = new ArrayList<>();
        List<Plan> unchanged = new ArrayList<>();
        int disagreements = 0;
        List<Partner> all = partners.list();
        for (Partner partner : all) {
            Plan plan = plan(partner, inputs, now, cause);
            if (check && plan.stored() != null && !plan.stored().sameEligibility(plan.fresh())) {
                disagreements++;
                LOG.warn("Tier recount disagrees for partner {} ({}): stored {} ({} certified), recount {} ({} certified)",
                        partner.id(), partner.name(), plan.stored().eligibleTier(), plan.stored().certified(),
                        plan.fresh().eligibleTier(), plan.fresh().certified());
            }
            if (plan.changes()) {
                changed.add(plan);
            } else {
                unchanged.add(plan);
            }
        }
        apply(changed, now);
        keepWords(unchanged);
        if (check && disagreements == 0) {
            LOG.info("Tier recount of {} partners agrees with the incremental assessments", all.size());
        }
        return check ? disagreements : changed.size();
    }

    private Plan plan(Partner partner, Inputs in, Instant now, String cause) {
        long id = partner.id();
        Eligibility.Counts counts = in.countsOf(id);
        Eligibility.Result result = Eligibility.assess(in.policies(), counts, in.arrOf(id), in.referralsOf(id));
        TierChange.Decision decision = TierChange.decide(id, partner.tier(), result.eligible(),
                Optional.ofNullable(in.graceOf(id)), now, settings.gracePeriod());
        String why = decision.kind() == TierChange.Kind.NONE ? cause
                : decision.kind().name().toLowerCase().replace('_', ' ') + ": " + cause;
        AssessmentRow fresh = new AssessmentRow(id, result.eligible(), decision.tier(), counts, in.arrOf(id),
                in.referralsOf(id), result.explanation(), now, why.length() > 64 ? why.substring(0, 64) : why,
                result.next());
        return new Plan(partner, in.open().get(id), fresh, decision, result.said());
    }

    /**
     * Assessments stored before V135 keep only their English text; one that the current thresholds write exactly
     * again gets them, so that pages can write it in each reader's language from then on.
     */
    private boolean keepWords(List<Plan> unchanged) {
        boolean kept = false;
        for (Plan plan : unchanged) {
            AssessmentRow stored = plan.stored();
            AssessmentRow fresh = plan.fresh();
            if (stored != null && !stored.wordsKept() && stored.explanation().equals(fresh.explanation())) {
                tiers.keepWords(stored.id(), stored.explanation(), fresh.nextTier() == null ? null : fresh.nextTier().name(),
                        fresh.nextMinCertified(), fresh.nextMinPractitioners(), fresh.nextMinArchitects(),
                        fresh.nextMinSpecializations(), fresh.nextMinArr(), fresh.nextMinReferrals());
                kept = true;
            }
        }
        return kept;
    }

    /**
     * Stores the plans: partners are locked in id order; a plan whose stored row another server replaced meanwhile
     * is dropped (that server's result is newer).
     */
    private void apply(List<Plan> plans, Instant now) {
        if (plans.isEmpty()) {
            return;
        }
        List<Long> ids = plans.stream().map(p -> p.partner().id()).sorted().toList();
        tiers.lockPartners(ids);
        Map<Long, Long> openNow = new HashMap<>();
        tiers.findOpenIn(ids).forEach(a -> openNow.put(a.partnerId(), a.id()));
        List<Plan> current = plans.stream()
                .filter(p -> Objects.equals(openNow.get(p.partner().id()), p.stored() == null ? null : p.stored().id()))
                .toList();
        List<Long> close = current.stream().map(Plan::stored).filter(Objects::nonNull)
                .map(AssessmentRow::id).toList();
        if (!close.isEmpty()) {
            tiers.closeAll(close, now);
        }
        tiers.saveAll(current.stream().map(Plan::fresh).toList());
        change(current.stream().filter(p -> p.decision().kind() != TierChange.Kind.NONE).toList(), now);
    }

    /** Tier moves, grace periods and notices for the plans that change something, in a few statements. */
    private void change(List<Plan> plans, Instant now) {
        Map<TierChange.Kind, List<Plan>> byKind = plans.stream().collect(Collectors.groupingBy(p -> p.decision().kind()));
        List<Plan> moved = new ArrayList<>(byKind.getOrDefault(TierChange.Kind.UPGRADED, List.of()));
        moved.addAll(byKind.getOrDefault(TierChange.Kind.DOWNGRADED, List.of()));
        moved.stream().collect(Collectors.groupingBy(p -> p.decision().tier(),
                        Collectors.mapping(p -> p.partner().id(), Collectors.toList())))
                .forEach((tier, ids) -> partners.changeTier(ids, tier));
        List<Long> ended = new ArrayList<>(moved.stream().map(p -> p.partner().id()).toList());
        byKind.getOrDefault(TierChange.Kind.RECOVERED, List.of()).forEach(p -> ended.add(p.partner().id()));
        if (!ended.isEmpty()) {
            graces.deleteAll(ended);
        }
        graces.saveAll(byKind.getOrDefault(TierChange.Kind.AT_RISK, List.of()).stream()
                .map(p -> p.decision().grace()).toList());
        byKind.getOrDefault(TierChange.Kind.RISK_CHANGED, List.of())
                .forEach(p -> graces.updateToTier(p.partner().id(), p.decision().grace().toTier()));
        notices.send(plans, now);
        announcements.announce(plans, now);
    }
}
