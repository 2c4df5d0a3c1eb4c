package io.partneracademy.assignments;

import io.micronaut.scheduling.annotation.Scheduled;
import io.partneracademy.accounts.Users;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.notifications.RecipientTexts;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reminds learners before an assignment is due and tells them and the assigner when it is overdue, each exactly once
 * in the language of the person's profile, with dates as that person reads them:
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
    private final RecipientTexts text;
    private final People people;
    private final Partners partners;
    private final JobLockRepository locks;
    private final Clock clock;
    private final WorkTitles titles;

    AssignmentReminders(AssignmentRepository assignments, AssignmentCompletion completion, Notifications notifications,
                        Users users, AssignmentSettings settings, RecipientTexts text, People people,
                        Partners partners, JobLockRepository locks, Clock clock, WorkTitles titles) {
        this.titles = titles;
        this.locks = locks;
        this.text = text;
        this.people = people;
        this.partners = partners;
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

    private void remind(AssignmentRow a, LocalDate today) {
        long days = today.until(a.dueOn(), ChronoUnit.DAYS);
        RecipientTexts.Text t = text.of(a.userId());
        String due = t.formats().date(a.dueOn());
        String title = title(a, t);
        String body = a.assignedBy() == null
                ? t.get("assign.notice.due.body-onboarding", a.onboardingWeek(), title, due, days)
                : t.get("assign.notice.due.body", users.get(a.assignedBy()).displayName(), title, due, days);
        notifications.send(a.userId(), KIND, t.get("assign.notice.due.subject", title, due), body,
                Work.link(a.kind(), a.refId()), "assignment:" + a.id() + ":due");
    }

    /** The assigned work's title in the recipient's language where it is translated, else as stored. */
    private String title(AssignmentRow a, RecipientTexts.Text reader) {
        return titles.of(a.kind(), a.refId(), a.title(), reader.locale());
    }

    private void overdue(AssignmentRow a) {
        String person = users.get(a.userId()).displayName();
        RecipientTexts.Text own = text.of(a.userId());
        notifications.send(a.userId(), KIND, own.get("assign.notice.overdue.subject", title(a, own)),
                own.get("assign.notice.overdue.body", title(a, own), own.formats().date(a.dueOn())),
                Work.link(a.kind(), a.refId()), "assignment:" + a.id() + ":overdue");
        for (long watcher : watchers(a)) {
            RecipientTexts.Text t = text.of(watcher);
            notifications.send(watcher, KIND, t.get("assign.notice.overdue-watcher.subject", person, title(a, t)),
                    t.get("assign.notice.overdue-watcher.body", person, title(a, t), t.formats().date(a.dueOn())),
                    "/assignments/partners/" + a.partnerId(), "assignment:" + a.id() + ":overdue:" + watcher);
        }
    }

    /**
     * Who hears that someone else's assignment is overdue: the assigner, or for a step of an onboarding plan (which
     * nobody assigned) the partner's admins and partner managers.
     */
    private Set<Long> watchers(AssignmentRow a) {
        Set<Long> watchers = new LinkedHashSet<>();
        if (a.assignedBy() != null) {
            watchers.add(a.assignedBy());
        } else {
            watchers.addAll(people.adminIds(a.partnerId()));
            watchers.addAll(partners.managerIds(List.of(a.partnerId())).getOrDefault(a.partnerId(), List.of()));
        }
        watchers.remove(a.userId());
        return watchers;
    }

    /**
     * Closes those of the next page of open assignments whose work is done, and moves the sweep's place on (back to the
     * start after the last page). Only one node sweeps at a time: a node that finds the sweep's lock held skips it. Each
     * run reads one page, not every open assignment; until the sweep reaches an assignment, {@link AssignedWork} shows
     * it as done already, and a reminder or overdue notice closes it first instead of going out.
     */
    private int sweep() {
        List<Long> place = locks.claim(JobLockRepository.SWEEP);
        if (place.isEmpty()) {
            return 0;
        }
        int size = Math.max(1, settings.sweepBatch());
        List<AssignmentRow> page = assignments.findOpenAfter(place.get(0), size);
        int closed = completion.closeDone(page);
        locks.moveTo(JobLockRepository.SWEEP, page.size() < size ? 0 : page.get(page.size() - 1).id());
        return closed;
    }

}
