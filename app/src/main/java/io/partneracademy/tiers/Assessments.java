package io.partneracademy.tiers;

import io.micronaut.scheduling.annotation.Scheduled;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each partner's tier assessment current: recomputed from the database on every certification and
 * employment event, stored only when the result changes (so the history answers "as of" questions), and
 * recounted in full every night as a check that the incremental path missed nothing.
 */
@Singleton
public class Assessments {

    private static final Logger LOG = LoggerFactory.getLogger(Assessments.class);

    private final TierRepository tiers;
    private final Partners partners;
    private final Clock clock;

    Assessments(TierRepository tiers, Partners partners, Clock clock) {
        this.tiers = tiers;
        this.partners = partners;
        this.clock = clock;
    }

    /** Recomputes one partner; returns the assessment in force afterwards. */
    @Transactional
    public AssessmentRow assess(long partnerId, String cause) {
        tiers.lockPartner(partnerId);
        AssessmentRow fresh = compute(partners.get(partnerId), cause, clock.instant());
        Optional<AssessmentRow> open = tiers.findOpen(partnerId);
        if (open.isPresent() && open.get().sameAs(fresh)) {
            return open.get();
        }
        open.ifPresent(o -> tiers.close(o.id(), fresh.validFrom()));
        return tiers.save(fresh);
    }

    /**
     * The nightly full recount: every partner computed from scratch and compared with what the incremental path
     * stored. Disagreements are logged and corrected; returns how many there were.
     */
    @Scheduled(cron = "0 30 2 * * *")
    @Transactional
    public int recountAll() {
        int disagreements = 0;
        Instant now = clock.instant();
        for (Partner partner : partners.list()) {
            AssessmentRow fresh = compute(partner, "nightly recount", now);
            Optional<AssessmentRow> open = tiers.findOpen(partner.id());
            if (open.isEmpty() || !open.get().sameAs(fresh)) {
                if (open.isPresent()) {
                    disagreements++;
                    LOG.warn("Tier recount disagrees for partner {} ({}): stored {} ({} certified), recount {} ({} certified)",
                            partner.id(), partner.name(), open.get().eligibleTier(), open.get().certified(),
                            fresh.eligibleTier(), fresh.certified());
                    tiers.close(open.get().id(), now);
                }
                tiers.save(fresh);
            }
        }
        if (disagreements == 0) {
            LOG.info("Tier recount of {} partners agrees with the incremental assessments", partners.list().size());
        }
        return disagreements;
    }

    /** The assessment in force at a moment in the past (or now). */
    public Optional<AssessmentRow> asOf(long partnerId, Instant at) {
        return tiers.findAsOf(partnerId, at);
    }

    AssessmentRow compute(Partner partner, String cause, Instant now) {
        CountsRow counted = tiers.countCertified(partner.id(), now);
        Eligibility.Counts counts = new Eligibility.Counts(counted.certified(), counted.practitioners(),
                counted.architects());
        Optional<MetricsRow> metrics = tiers.findLatestMetrics(partner.id());
        BigDecimal arr = metrics.map(MetricsRow::arr).orElse(BigDecimal.ZERO);
        int referrals = metrics.map(MetricsRow::referrals).orElse(0);
        List<TierPolicy> policies = tiers.findPolicies();
        Eligibility.Result result = Eligibility.assess(policies, counts, arr, referrals);
        return new AssessmentRow(null, partner.id(), result.eligible().name(), partner.tier().name(), counts.certified(),
                counts.practitioners(), counts.architects(), arr, referrals, result.explanation(), now, null, cause);
    }
}
