package io.partneracademy.tiers;

import io.partneracademy.web.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Recorded metrics are not numbers the tier rules can use: an ARR or a referral count that does not parse. */
public class MetricsRejectedException extends InvalidInputException {

    static final String ARR_INVALID = "tiers.arr-invalid";
    static final String REFERRALS_INVALID = "tiers.referrals-invalid";

    private final boolean arrInvalid;
    private final boolean referralsInvalid;

    MetricsRejectedException(boolean arrInvalid, boolean referralsInvalid) {
        super(keys(arrInvalid, referralsInvalid));
        this.arrInvalid = arrInvalid;
        this.referralsInvalid = referralsInvalid;
    }

    public boolean arrInvalid() {
        return arrInvalid;
    }

    public boolean referralsInvalid() {
        return referralsInvalid;
    }

    private static List<String> keys(boolean arrInvalid, boolean referralsInvalid) {
        List<String> keys = new ArrayList<>();
        if (arrInvalid) {
            keys.add(ARR_INVALID);
        }
        if (referralsInvalid) {
            keys.add(REFERRALS_INVALID);
        }
        return keys;
    }
}
