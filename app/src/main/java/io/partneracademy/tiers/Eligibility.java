package io.partneracademy.tiers;

import io.partneracademy.partners.Tier;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Decides the highest tier a partner qualifies for and says, in words, what the next tier still needs. */
final class Eligibility {

    private Eligibility() {
    }

    /**
     * Certified people at the partner, each counted once at their highest active level, and the distinct
     * specializations (e.g. Healthcare) its people hold.
     */
    record Counts(int certified, int practitioners, int architects, int specializations) {

        /** Counts without specializations. */
        Counts(int certified, int practitioners, int architects) {
            this(certified, practitioners, architects, 0);
        }
    }

    record Result(Tier eligible, String explanation) {
    }

    static Result assess(List<TierPolicy> policies, Counts counts, BigDecimal arr, int referrals) {
        List<TierPolicy> ordered = new ArrayList<>(policies);
        ordered.sort(Comparator.comparing(TierPolicy::tier));
        Tier eligible = Tier.REGISTERED;
        TierPolicy next = null;
        for (TierPolicy policy : ordered) {
            if (gaps(policy, counts, arr, referrals).isEmpty()) {
                eligible = policy.tier();
            } else {
                next = policy;
                break;
            }
        }
        StringBuilder text = new StringBuilder("Eligible for ").append(name(eligible)).append(": ")
                .append(people(counts.certified())).append(" certified");
        if (counts.architects() > 0 || counts.practitioners() > 0) {
            text.append(" (").append(counts.practitioners()).append(" Practitioner or above, ")
                    .append(counts.architects()).append(" Architect)");
        }
        if (counts.specializations() > 0) {
            text.append(", ").append(counts.specializations())
                    .append(counts.specializations() == 1 ? " specialization" : " specializations");
        }
        text.append(", ").append(money(arr)).append(" ARR, ").append(referrals).append(" referrals.");
        if (next != null) {
            text.append(' ').append(String.join(" ", gaps(next, counts, arr, referrals)));
        }
        return new Result(eligible, text.toString());
    }

    /** The sentences that say what a tier still needs; empty when the partner qualifies. */
    static List<String> gaps(TierPolicy policy, Counts counts, BigDecimal arr, int referrals) {
        List<String> gaps = new ArrayList<>();
        String tier = name(policy.tier());
        if (counts.certified() < policy.minCertified()) {
            int more = policy.minCertified() - counts.certified();
            gaps.add(tier + " needs " + people(policy.minCertified()) + " certified; you have " + counts.certified()
                    + ". Needs " + more + " more certified " + (more == 1 ? "person." : "people."));
        }
        if (counts.practitioners() < policy.minPractitioners()) {
            int more = policy.minPractitioners() - counts.practitioners();
            gaps.add(tier + " needs " + policy.minPractitioners() + " Practitioner or Architect; you have "
                    + counts.practitioners() + ". Needs " + more + " more Practitioner or Architect.");
        }
        if (counts.architects() < policy.minArchitects()) {
            int more = policy.minArchitects() - counts.architects();
            gaps.add(tier + " needs at least " + policy.minArchitects() + " Architect; you have " + counts.architects()
                    + ". Needs " + more + " more Architect.");
        }
        if (counts.specializations() < policy.minSpecializations()) {
            int more = policy.minSpecializations() - counts.specializations();
            gaps.add(tier + " needs " + specializations(policy.minSpecializations()) + "; you have "
                    + counts.specializations() + ". Needs " + more + " more " + (more == 1 ? "specialization"
                    : "specializations") + " (a certified person with e.g. the Healthcare specialization).");
        }
        if (arr.compareTo(policy.minArr()) < 0 && referrals < policy.minReferrals()) {
            gaps.add(tier + " needs " + money(policy.minArr()) + " ARR or " + policy.minReferrals()
                    + " referrals; you have " + money(arr) + " and " + referrals + ".");
        }
        return gaps;
    }

    static String name(Tier tier) {
        return tier.name().charAt(0) + tier.name().substring(1).toLowerCase(Locale.ROOT);
    }

    private static String specializations(int n) {
        return n + (n == 1 ? " specialization" : " specializations");
    }

    private static String people(int n) {
        return n + (n == 1 ? " person" : " people");
    }

    static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }
}
