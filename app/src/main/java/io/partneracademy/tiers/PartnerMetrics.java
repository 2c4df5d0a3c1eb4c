package io.partneracademy.tiers;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.web.FormErrors;
import io.partneracademy.web.ForbiddenException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Partner managers record a partner's trailing-12-month ARR and referrals; the tier is reassessed at once. */
@Singleton
public class PartnerMetrics {

    private final TierDashboard dashboard;
    private final TierRepository tiers;
    private final Assessments assessments;
    private final Clock clock;

    PartnerMetrics(TierDashboard dashboard, TierRepository tiers, Assessments assessments, Clock clock) {
        this.dashboard = dashboard;
        this.tiers = tiers;
        this.assessments = assessments;
        this.clock = clock;
    }

    @Transactional
    public void record(CurrentUser viewer, long partnerId, String arrText, String referralsText) {
        if (!viewer.has(Role.ADMIN) && !viewer.has(Role.PARTNER_MANAGER)) {
            throw new ForbiddenException("tiers.forbidden");
        }
        dashboard.partner(viewer, partnerId);
        List<FormErrors.FieldError> errors = new ArrayList<>();
        BigDecimal arr = null;
        int referrals = -1;
        try {
            arr = new BigDecimal(arrText == null ? "" : arrText.strip().replace(",", "").replace("$", ""));
            if (arr.signum() < 0 || arr.compareTo(new BigDecimal("999999999999")) > 0) {
                errors.add(new FormErrors.FieldError("arr", "tiers.arr-invalid"));
            }
        } catch (NumberFormatException e) {
            errors.add(new FormErrors.FieldError("arr", "tiers.arr-invalid"));
        }
        try {
            referrals = Integer.parseInt(referralsText == null ? "" : referralsText.strip());
            if (referrals < 0) {
                errors.add(new FormErrors.FieldError("referrals", "tiers.referrals-invalid"));
            }
        } catch (NumberFormatException e) {
            errors.add(new FormErrors.FieldError("referrals", "tiers.referrals-invalid"));
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        tiers.addMetrics(partnerId, arr, referrals, LocalDate.now(clock), viewer.id(), clock.instant());
        assessments.assess(partnerId, "metrics recorded");
    }
}
