package io.partneracademy.tiers;

import io.partneracademy.partners.Tier;
import io.partneracademy.web.InvalidInputException;

import java.util.List;

/** A new tier policy breaks the program's rules; lists each tier and the rule it breaks. */
public class TierPolicyRejectedException extends InvalidInputException {

    /** A rule every policy keeps. */
    public enum Rule {
        /** A higher tier asks for less than the tier below it. */
        BELOW_LOWER_TIER("tiers.policy.not-monotonic"),
        /** A tier asks for more practitioners or architects than certified people. */
        LEVELS_EXCEED_CERTIFIED("tiers.policy.levels-exceed");

        private final String messageKey;

        Rule(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final transient List<Problem> problems;

    TierPolicyRejectedException(List<Problem> problems) {
        super(problems.stream().map(p -> p.rule().messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One broken rule and the tier that breaks it. */
    public record Problem(Tier tier, Rule rule) {

        public String messageKey() {
            return rule.messageKey;
        }
    }
}
