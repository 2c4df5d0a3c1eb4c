package io.partneracademy.assignments;

import io.micronaut.scheduling.annotation.Scheduled;
import io.partneracademy.accounts.Users;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.notifications.RecipientTexts;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reminds learners before an assignment is due and tells them and the assigner when it is overdue, each exactly once:
 * rows are claimed with SKIP LOCKED and marked in the same transaction, and the notification's dedupe key stops a
 * second copy even if two servers raced. Work that is already done is closed instead of reminded.
 */
@Singleton
public class AssignmentReminders {

    static final String KIND = "assignment";
    private static final int BATCH = 200;

    private final AssignmentRepository assignments;
    private final AssignmentCompletion completion;
    private final Notifications notifications;
    private final Users users;
    private final AssignmentSettings settings;
    private final Clock clock;
    private final RecipientTexts texts;

    AssignmentReminders(AssignmentRepository assignments, AssignmentCompletion completion, Notifications notifications,
                        Users users, AssignmentSettings settings, Clock clock, RecipientTexts texts) {
        this.texts = texts;
        this.assignments = assignments;
        this.completion = completion;
        this.notifications = notifications;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one run did. */
    public record Run(int reminded, int overdue, int closed) {
    }

    /** Sends due reminders and overdue notices, and closes assignments whose work is done. */
    @Scheduled(fixedDelay = "${partneracademy.assignments.job-interval:10m}",
            initialDelay = "${partneracademy.assignments.job-initial-delay:1m}")
    @Transactional
    public Run run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int closed = 0;
        int reminded = 0;
        for (AssignmentRow a : assignments.claimReminders(today, today.plusDays(settings.reminderDays()), BATCH)) {
            if (completion.closeIfDone(a)) {
                closed++;
                continue;
            }
            remind(a, today);
            assignments.markReminded(a.id(), now);
            reminded++;
        }
        int overdue = 0;
        for (AssignmentRow a : assignments.claimOverdue(today, BATCH)) {
            if (completion.closeIfDone(a)) {
                closed++;
                continue;
            }
            overdue(a);
            assignments.markOverdueNotified(a.id(), now);
            overdue++;
        }
        return new Run(reminded, overdue, closed + sweep());
    }

    /** Each notice in its recipient's language, with the due date as they write dates. */
    private void remind(AssignmentRow a, LocalDate today) {
        long days = today.until(a.dueOn(), java.time.temporal.ChronoUnit.DAYS);
        String by = users.get(a.assignedBy()).displayName();
        RecipientTexts.Text t = texts.of(a.userId());
        String due = t.formats().date(a.dueOn());
        notifications.send(a.userId(), KIND, t.get("assignment.notice.due.subject", a.title(), due),
                t.get("assignment.notice.due.body", by, a.title(), due, days),
                Work.link(a.kind(), a.refId()), "assignment:" + a.id() + ":due");
    }

    private void overdue(AssignmentRow a) {
        String person = users.get(a.userId()).displayName();
        RecipientTexts.Text t = texts.of(a.userId());
        notifications.send(a.userId(), KIND, t.get("assignment.notice.overdue.subject", a.title()),
                t.get("assignment.notice.overdue.body", a.title(), t.formats().date(a.dueOn())),
                Work.link(a.kind(), a.refId()), "assignment:" + a.id() + ":overdue");
        if (a.assignedBy() != a.userId()) {
            RecipientTexts.Text assigner = texts.of(a.assignedBy());
            notifications.send(a.assignedBy(), KIND,
                    assigner.get("assignment.notice.assigner-overdue.subject", person, a.title()),
                    assigner.get("assignment.notice.assigner-overdue.body", person, a.title(),
                            assigner.formats().date(a.dueOn())),
                    "/assignments/partners/" + a.partnerId(), "assignment:" + a.id() + ":overdue:assigner");
        }
    }

    /** Closes open assignments done since they were last looked at, a batch at a time. */
    private int sweep() {
        int closed = 0;
        long after = 0;
        List<AssignmentRow> batch;
        do {
            batch = assignments.findOpenAfter(after, BATCH);
            closed += completion.closeDone(batch);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == BATCH);
        return closed;
    }
}
