package io.partneracademy.portal;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.assignments.AssignedWork;
import io.partneracademy.live.AttendanceStats;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.tiers.TierDashboard;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a partner's portal dashboard from the features that own each part (tiers, assignments, live,
 * notifications); it owns no table and counts nothing itself. Each feature checks that the viewer looks after the
 * partner.
 */
@Singleton
class PartnerPortal {

    /** How far ahead expiring certifications are listed, and how many of them. */
    static final int EXPIRY_DAYS = 90;
    static final int FIRST = 10;

    private final TierDashboard tiers;
    private final AssignedWork assigned;
    private final AttendanceStats attendance;
    private final Notifications notifications;

    PartnerPortal(TierDashboard tiers, AssignedWork assigned, AttendanceStats attendance, Notifications notifications) {
        this.tiers = tiers;
        this.assigned = assigned;
        this.attendance = attendance;
        this.notifications = notifications;
    }

    /** The partner's dashboard; the tier explanation and assigned work in the reader's language where translated. */
    Dashboard of(CurrentUser viewer, long partnerId, @Nullable Locale reader) {
        TierDashboard.Line tier = tiers.partner(viewer, partnerId, reader);
        Dashboard.Target next = tiers.thresholds().stream().filter(t -> t.tier().compareTo(tier.current()) > 0)
                .findFirst().map(t -> new Dashboard.Target(t.tier(), tier.counts().certified(), t.minCertified())).orElse(null);
        AssignedWork.Team team = assigned.forPartner(viewer, partnerId, reader);
        List<AssignedWork.Onboarding> onboarding = assigned.onboarding(viewer, partnerId, reader);
        Dashboard.Work work = new Dashboard.Work(team, team.lines().stream()
                .filter(l -> l.status() == AssignedWork.Status.OVERDUE).limit(FIRST).toList(), onboarding,
                onboarding.stream().mapToInt(AssignedWork.Onboarding::overdue).sum(),
                assigned.latestCampaign(viewer, partnerId, reader).orElse(null));
        List<NotificationRow> unread = notifications.recent(viewer.id()).stream().filter(n -> n.readAt() == null)
                .limit(FIRST).toList();
        return new Dashboard(tier, next, tiers.expiringAt(viewer, partnerId, EXPIRY_DAYS, FIRST, reader), work,
                new Dashboard.LiveAttendance(attendance.totals(viewer, partnerId)), tasks(partnerId, tier, next, work),
                unread);
    }

    /** This week's tasks, most pressing first; each links to the page where it is done. */
    private static List<Dashboard.Task> tasks(long id, TierDashboard.Line tier, Dashboard.Target next,
                                              Dashboard.Work work) {
        List<Dashboard.Task> tasks = new ArrayList<>();
        if (work.campaign() != null && work.campaign().dueOn().equals(tier.outlook().dropsOn())) {
            tasks.add(new Dashboard.Task("portal.task.campaign-running", work.campaign().fallsTo(),
                    List.of(String.valueOf(work.campaign().done()), String.valueOf(work.campaign().people()),
                            work.campaign().dueOn()), "/tiers/partners/" + id + "#campaign"));
        } else if (tier.outlook().dropsOn() != null && !tier.outlook().renewals().isEmpty()) {
            tasks.add(new Dashboard.Task("portal.task.campaign", tier.outlook().dropsTo() == null ? tier.current() : tier.outlook().dropsTo(),
                    List.of(tier.outlook().dropsOn(), String.valueOf(tier.outlook().renewals().size())), "#campaign-form"));
        }
        if (work.team().overdue() > 0) {
            tasks.add(new Dashboard.Task("portal.task.overdue", tier.current(), List.of(String.valueOf(work.team().overdue())),
                    "/assignments/partners/" + id));
        }
        if (work.onboardingOverdue() > 0) {
            tasks.add(new Dashboard.Task("portal.task.onboarding", tier.current(), List.of(String.valueOf(work.onboardingOverdue())),
                    "/onboarding/partners/" + id));
        }
        if (tier.expiring().in30() > 0) {
            tasks.add(new Dashboard.Task("portal.task.expiring", tier.current(), List.of(String.valueOf(tier.expiring().in30())),
                    "/assignments/partners/" + id));
        }
        if (next != null && next.missing() > 0) {
            tasks.add(new Dashboard.Task("portal.task.certify", next.tier(), List.of(String.valueOf(next.missing())),
                    "/assignments/partners/" + id));
        }
        return tasks;
    }
}
