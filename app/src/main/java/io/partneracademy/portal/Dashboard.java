package io.partneracademy.portal;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.assignments.AssignedWork;
import io.partneracademy.live.AttendanceStats;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.partners.Tier;
import io.partneracademy.tiers.TierDashboard;

import java.util.List;

/**
 * One partner's portal dashboard: its tier and what is missing for the next one, certifications expiring soon, work
 * overdue, onboarding progress, live-session attendance, this week's tasks and the viewer's unread notifications.
 */
record Dashboard(TierDashboard.Line tier, @Nullable Target next, TierDashboard.ExpiringSoon expiring,
                 Work work, LiveAttendance live, List<Task> tasks, List<NotificationRow> notifications) {

    /** The next tier up and how many certified people it needs; null at the top tier. */
    record Target(Tier tier, int certified, int needed) {

        /** How many more certified people the next tier needs (0 when there are enough). */
        public int missing() {
            return Math.max(0, needed - certified);
        }
    }

    /** Assignments, onboarding and the latest renewal campaign at the partner, with the overdue assignments apart. */
    record Work(AssignedWork.Team team, List<AssignedWork.Line> overdue, List<AssignedWork.Onboarding> onboarding,
                int onboardingOverdue, @Nullable AssignedWork.Campaign campaign) {
    }

    /** Live-session attendance of the partner's people, as counted by live. */
    record LiveAttendance(AttendanceStats.Totals totals) {
    }

    /**
     * Something to do this week: a message key with its arguments and where to do it.
     *
     * @param tier the tier the message names as its first argument (messages that name none ignore it)
     * @param args the message's further arguments in order, already formatted
     */
    record Task(String key, Tier tier, List<String> args, String link) {

        /** The argument at {@code i}, or empty: the template passes three to every message. */
        public String arg(int i) {
            return i < args.size() ? args.get(i) : "";
        }
    }
}
