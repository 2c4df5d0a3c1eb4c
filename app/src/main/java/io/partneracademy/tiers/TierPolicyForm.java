package io.partneracademy.tiers;

import io.partneracademy.partners.Tier;
import io.partneracademy.web.FieldErrors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The tier policy form as posted: one input per tier and requirement, named {@code <TIER>.<field>}. */
record TierPolicyForm(Map<String, String> fields) {

    /** Adds every value that is not a count or an amount to the errors, at its input. */
    void check(FieldErrors errors) {
        for (Tier tier : tiers()) {
            for (String field : List.of("minCertified", "minPractitioners", "minArchitects", "minSpecializations",
                    "minReferrals")) {
                if (count(tier, field) == null) {
                    errors.add(tier.name() + "." + field, "tiers.policy.count-invalid");
                }
            }
            if (money(tier) == null) {
                errors.add(tier.name() + ".minArr", "tiers.arr-invalid");
            }
        }
    }

    /** What each tier above Registered requires, once {@link #check} found nothing. */
    List<TierPolicies.Requirements> requirements() {
        return tiers().stream().map(t -> new TierPolicies.Requirements(t, count(t, "minCertified"),
                count(t, "minPractitioners"), count(t, "minArchitects"), count(t, "minSpecializations"), money(t),
                count(t, "minReferrals"))).toList();
    }

    private static List<Tier> tiers() {
        List<Tier> tiers = new ArrayList<>(List.of(Tier.values()));
        tiers.remove(Tier.REGISTERED);
        return tiers;
    }

    private Integer count(Tier tier, String field) {
        String value = fields.getOrDefault(tier.name() + "." + field, "").strip();
        try {
            int n = Integer.parseInt(value);
            return n >= 0 && n <= 100_000 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private BigDecimal money(Tier tier) {
        String value = fields.getOrDefault(tier.name() + ".minArr", "").strip().replace(",", "").replace("$", "");
        try {
            BigDecimal arr = new BigDecimal(value);
            return arr.signum() >= 0 && arr.compareTo(new BigDecimal("999999999999")) <= 0 ? arr : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
