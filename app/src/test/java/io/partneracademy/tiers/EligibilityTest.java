package io.partneracademy.tiers;

import io.partneracademy.partners.Tier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tier rules on the program's default policy, at their boundaries. */
class EligibilityTest {

    private static final List<TierPolicy> DEFAULTS = List.of(
            policy(Tier.REGISTERED, 0, 0, 0, 0),
            policy(Tier.SILVER, 1, 0, 25_000, 5),
            policy(Tier.GOLD, 2, 0, 100_000, 20),
            policy(Tier.PLATINUM, 5, 1, 500_000, 50));
    private static final BigDecimal RICH = new BigDecimal("1000000");

    @Test
    void certifiedPeopleDecideTheTierAtExactlyOneTwoAndFive() {
        assertThat(tier(0, 0, RICH, 0)).isEqualTo(Tier.REGISTERED);
        assertThat(tier(1, 0, RICH, 0)).isEqualTo(Tier.SILVER);
        assertThat(tier(2, 0, RICH, 0)).isEqualTo(Tier.GOLD);
        assertThat(tier(4, 1, RICH, 0)).isEqualTo(Tier.GOLD);
        assertThat(tier(5, 1, RICH, 0)).isEqualTo(Tier.PLATINUM);
    }

    @Test
    void platinumNeedsAnArchitect() {
        Eligibility.Result result = assess(6, 0, RICH, 0);

        assertThat(result.eligible()).isEqualTo(Tier.GOLD);
        assertThat(result.explanation()).contains("Platinum needs at least 1 Architect; you have 0. Needs 1 more Architect.");
    }

    @Test
    void revenueOrReferralsMustAlsoBeMet() {
        assertThat(tier(2, 0, new BigDecimal("99999"), 19)).isEqualTo(Tier.SILVER);
        assertThat(tier(2, 0, new BigDecimal("99999"), 20)).isEqualTo(Tier.GOLD);
        assertThat(tier(2, 0, new BigDecimal("100000"), 0)).isEqualTo(Tier.GOLD);
        assertThat(assess(2, 0, new BigDecimal("40000"), 12).explanation())
                .contains("Gold needs $100,000 ARR or 20 referrals; you have $40,000 and 12.");
    }

    @Test
    void theExplanationSaysWhatTheNextTierNeeds() {
        assertThat(assess(1, 0, RICH, 0).explanation())
                .startsWith("Eligible for Silver: 1 person certified")
                .contains("Gold needs 2 people certified; you have 1. Needs 1 more certified person.");
    }

    @Test
    void aPolicyThatAsksForASpecializationHoldsPlatinumBackUntilOneIsHeld() {
        List<TierPolicy> policy = List.of(policy(Tier.REGISTERED, 0, 0, 0, 0), policy(Tier.SILVER, 1, 0, 25_000, 5),
                policy(Tier.GOLD, 2, 0, 100_000, 20),
                new TierPolicy(Tier.PLATINUM, 5, 0, 1, 1, BigDecimal.valueOf(500_000), 50, Instant.EPOCH, null));

        Eligibility.Result without = Eligibility.assess(policy, new Eligibility.Counts(6, 2, 1, 0), RICH, 0);
        Eligibility.Result with = Eligibility.assess(policy, new Eligibility.Counts(6, 2, 1, 1), RICH, 0);

        assertThat(without.eligible()).isEqualTo(Tier.GOLD);
        assertThat(without.explanation()).contains("Platinum needs 1 specialization; you have 0. Needs 1 more specialization");
        assertThat(with.eligible()).isEqualTo(Tier.PLATINUM);
        assertThat(with.explanation()).contains("1 specialization");
    }

    private static Tier tier(int certified, int architects, BigDecimal arr, int referrals) {
        return assess(certified, architects, arr, referrals).eligible();
    }

    private static Eligibility.Result assess(int certified, int architects, BigDecimal arr, int referrals) {
        return Eligibility.assess(DEFAULTS, new Eligibility.Counts(certified, architects, architects), arr, referrals);
    }

    private static TierPolicy policy(Tier tier, int certified, int architects, long arr, int referrals) {
        return new TierPolicy(tier, certified, 0, architects, 0, BigDecimal.valueOf(arr), referrals, Instant.EPOCH, null);
    }
}
