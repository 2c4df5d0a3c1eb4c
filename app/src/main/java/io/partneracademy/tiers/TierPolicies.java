package io.partneracademy.tiers;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.FormErrors;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /**
     * Replaces the policy from form fields named {@code <TIER>.<field>}; a higher tier may not ask for less
     * than a lower one. Returns how many partners were reassessed.
     */
    @Transactional
    public int update(CurrentUser admin, Map<String, String> form) {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        List<TierPolicy> updated = new ArrayList<>();
        TierPolicy previous = null;
        for (Tier tier : Tier.values()) {
            if (tier == Tier.REGISTERED) {
                continue;
            }
            int certified = count(form, tier, "minCertified", errors);
            int practitioners = count(form, tier, "minPractitioners", errors);
            int architects = count(form, tier, "minArchitects", errors);
            int specializations = count(form, tier, "minSpecializations", errors);
            int referrals = count(form, tier, "minReferrals", errors);
            BigDecimal arr = money(form, tier, errors);
            TierPolicy policy = new TierPolicy(tier, certified, practitioners, architects, specializations, arr, referrals,
                    clock.instant(), admin.id());
            if (previous != null && errors.isEmpty() && (certified < previous.minCertified()
                    || practitioners < previous.minPractitioners() || architects < previous.minArchitects()
                    || specializations < previous.minSpecializations()
                    || arr.compareTo(previous.minArr()) < 0 || referrals < previous.minReferrals())) {
                errors.add(new FormErrors.FieldError(tier.name() + ".minCertified", "tiers.policy.not-monotonic"));
            }
            if (practitioners > certified || architects > certified) {
                errors.add(new FormErrors.FieldError(tier.name() + ".minPractitioners", "tiers.policy.levels-exceed"));
            }
            updated.add(policy);
            previous = policy;
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        for (TierPolicy p : updated) {
            tiers.updatePolicy(p.tier().name(), p.minCertified(), p.minPractitioners(), p.minArchitects(),
                    p.minSpecializations(), p.minArr(), p.minReferrals(), clock.instant(), admin.id());
        }
        assessments.reassessAll("tier policy changed");
        return partners.list().size();
    }

    private static int count(Map<String, String> form, Tier tier, String field, List<FormErrors.FieldError> errors) {
        String value = form.getOrDefault(tier.name() + "." + field, "").strip();
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= 100_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FormErrors.FieldError(tier.name() + "." + field, "tiers.policy.count-invalid"));
        return 0;
    }

    private static BigDecimal money(Map<String, String> form, Tier tier, List<FormErrors.FieldError> errors) {
        String value = form.getOrDefault(tier.name() + ".minArr", "").strip().replace(",", "").replace("$", "");
        try {
            BigDecimal arr = new BigDecimal(value);
            if (arr.signum() >= 0 && arr.compareTo(new BigDecimal("999999999999")) <= 0) {
                return arr;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FormErrors.FieldError(tier.name() + ".minArr", "tiers.arr-invalid"));
        return BigDecimal.ZERO;
    }
}
