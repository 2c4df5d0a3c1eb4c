package io.partneracademy.tiers;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.assignments.Assignments;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * Turns a partner's tier forecast into one renewal campaign: exactly the people the forecast names, each assigned
 * renewal of the certification that lapses, due on the date the tier would drop. The forecast is read again at the
 * moment of the request, so the campaign matches what is true now rather than what the page showed.
 */
@Singleton
class RenewalCampaigns {

    private final TierDashboard dashboard;
    private final Assignments assignments;

    RenewalCampaigns(TierDashboard dashboard, Assignments assignments) {
        this.dashboard = dashboard;
        this.assignments = assignments;
    }

    /** Starts the campaign and returns its id; 409 when the forecast shows no drop that renewals would prevent. */
    long start(CurrentUser viewer, long partnerId) {
        TierDashboard.Line line = dashboard.partner(viewer, partnerId);
        if (line.outlook().dropsOn() == null || line.outlook().dropsTo() == null || line.outlook().renewals().isEmpty()) {
            throw new NothingToRenewException();
        }
        return assignments.startCampaign(viewer, partnerId, line.outlook().renewals().stream()
                        .map(r -> new Assignments.Renewal(r.userId(), r.pathId())).toList(),
                LocalDate.parse(line.outlook().dropsOn()), line.outlook().dropsTo());
    }
}
