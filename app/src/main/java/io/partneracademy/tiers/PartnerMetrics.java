package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Partners;
import io.partneracademy.web.ForbiddenException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Partner managers record a partner's trailing-12-month ARR and referrals; the tier is reassessed at once. */
@Singleton
public class PartnerMetrics {

    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,12}(\\.[0-9]{0,6})?|\\.[0-9]{1,6}");

    private final Partners partners;
    private final TierRepository tiers;
    private final Assessments assessments;
    private final Clock clock;

    PartnerMetrics(Partners partners, TierRepository tiers, Assessments assessments, Clock clock) {
        this.partners = partners;
        this.tiers = tiers;
        this.assessments = assessments;
        this.clock = clock;
    }

    @Transactional
    public void record(CurrentUser viewer, long partnerId, String arrText, String referralsText) {
        if (!viewer.has(Role.ADMIN) && !viewer.has(Role.PARTNER_MANAGER)) {
            throw new ForbiddenException("tiers.forbidden");
        }
        partners.getManaged(viewer, partnerId);
        BigDecimal arr = arr(arrText);
        Integer referrals = referrals(referralsText);
        if (arr == null || referrals == null) {
            List<MetricsRejectedException.Problem> problems = new ArrayList<>();
            if (arr == null) {
                problems.add(new MetricsRejectedException.Problem(MetricsRejectedException.Part.ARR,
                        "tiers.arr-invalid"));
            }
            if (referrals == null) {
                problems.add(new MetricsRejectedException.Problem(MetricsRejectedException.Part.REFERRALS,
                        "tiers.referrals-invalid"));
            }
            throw new MetricsRejectedException(problems);
        }
        tiers.addMetrics(partnerId, arr, referrals, LocalDate.now(clock), viewer.id(), clock.instant());
        assessments.assess(partnerId, "metrics recorded");
    }

    /**
     * Records ARR and referrals as of a day, brought over as history (the demo's partners use it): nobody typed
     * them, so there is no viewer and no form, and no assessment runs now; the partner's next assessment (a
     * certification event, the nightly recount) uses them like any recorded figures.
     */
    @Transactional
    public void imported(long partnerId, BigDecimal arr, int referrals, LocalDate asOf) {
        partners.get(partnerId);
        tiers.addImportedMetrics(partnerId, arr, referrals, asOf, clock.instant());
    }

    /**
     * An ARR typed by a person ("$150,000", "150000.50"); null unless it is a number from 0 to 999,999,999,999 with at
     * most six decimals. Plain digits only: "1e-999999999" is a valid BigDecimal whose plain form, as the driver
     * writes it, is a billion characters long (found by MetricsCellsFuzzTest).
     */
    @Nullable
    static BigDecimal arr(@Nullable String text) {
        String plain = text == null ? "" : text.strip().replace(",", "").replace("$", "");
        if (!AMOUNT.matcher(plain).matches()) {
            return null;
        }
        BigDecimal arr = new BigDecimal(plain);
        return arr.compareTo(new BigDecimal("999999999999")) > 0 ? null : arr;
    }

    /** A referral count; null unless it is a whole number, 0 or more. */
    @Nullable
    static Integer referrals(@Nullable String text) {
        try {
            int referrals = Integer.parseInt(text == null ? "" : text.strip());
            return referrals < 0 ? null : referrals;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
