package io.partneracademy.tiers;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Admins change what each tier requires; every partner is reassessed in the same transaction. */
@Singleton
public class TierPolicies {

    private final TierRepository tiers;
    private final Assessments assessments;
    private final Partners partners;
    private final Clock clock;

    TierPolicies(TierRepository tiers, Assessments assessments, Partners partners, Clock clock) {
        this.tiers = tiers;
        this.assessments = assessments;
        this.partners = partners;
        this.clock = clock;
    }

    public List<TierPolicy> list() {
        List<TierPolicy> policies = new ArrayList<>(tiers.findPolicies());
        policies.sort(java.util.Comparator.comparing(TierPolicy::tier));
        return policies;
    }

    /** What a tier requires, as an admin sets it. */
    public record Requirements(Tier tier, int minCertified, int minPractitioners, int minArchitects,
                               int minSpecializations, BigDecimal minArr, int minReferrals) {
    }

    /**
     * Replaces the policy of every tier above Registered; a higher tier may not ask for less than a lower one, and no
     * tier for more practitioners or architects than certified people. Returns how many partners were reassessed.
     */
    @Transactional
    public int update(CurrentUser admin, List<Requirements> requirements) {
        List<TierPolicyRejectedException.Problem> problems = new ArrayList<>();
        Requirements previous = null;
        for (Requirements r : requirements) {
            if (previous != null && (r.minCertified() < previous.minCertified()
                    || r.minPractitioners() < previous.minPractitioners()
                    || r.minArchitects() < previous.minArchitects()
                    || r.minSpecializations() < previous.minSpecializations()
                    || r.minArr().compareTo(previous.minArr()) < 0 || r.minReferrals() < previous.minReferrals())) {
                problems.add(new TierPolicyRejectedException.Problem(r.tier(),
                        TierPolicyRejectedException.Rule.BELOW_LOWER_TIER));
            }
            if (r.minPractitioners() > r.minCertified() || r.minArchitects() > r.minCertified()) {
                problems.add(new TierPolicyRejectedException.Problem(r.tier(),
                        TierPolicyRejectedException.Rule.LEVELS_EXCEED_CERTIFIED));
            }
            previous = r;
        }
        if (!problems.isEmpty()) {
            throw new TierPolicyRejectedException(problems);
        }
        for (Requirements r : requirements) {
            tiers.updatePolicy(r.tier().name(), r.minCertified(), r.minPractitioners(), r.minArchitects(),
                    r.minSpecializations(), r.minArr(), r.minReferrals(), clock.instant(), admin.id());
        }
        assessments.reassessAll("tier policy changed");
        return partners.list().size();
    }
}
