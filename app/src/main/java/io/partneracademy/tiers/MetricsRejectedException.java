package io.partneracademy.tiers;

import io.partneracademy.web.InvalidPartsException;

import java.util.List;

/** Recorded metrics are not numbers the tier rules can use: an ARR or a referral count that does not parse. */
public class MetricsRejectedException extends InvalidPartsException {

    /** Which of the two numbers is wrong. */
    public enum Part { ARR, REFERRALS }

    MetricsRejectedException(List<Problem> problems) {
        super(problems);
    }
}
