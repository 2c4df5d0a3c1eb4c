package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Person;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Gives one person the steps of a plan as assignments, each due its week after the person's start. A step is left
 * out when it is not for the person's job title, its work is not in the catalog for them, the same work is open for
 * them already (the open key keeps it once), or they have done it. A due date that has already passed (a step added
 * to the plan after the person started, in a week already behind them) becomes the first day that leaves time for
 * the work, so nobody is handed work that is overdue the moment they get it.
 */
@Singleton
class OnboardingApply {

    private final AssignmentRepository assignments;
    private final WorkCatalog catalog;
    private final DueDates dueDates;
    private final Clock clock;

    OnboardingApply(AssignmentRepository assignments, WorkCatalog catalog, DueDates dueDates, Clock clock) {
        this.assignments = assignments;
        this.catalog = catalog;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** Makes the missing assignments; returns how many were made. */
    int apply(long partnerId, Person person, LocalDate start, @Nullable Long by, List<OnboardingStepRow> steps) {
        UserSummary user = person.user();
        CurrentUser learner = new CurrentUser(user.id(), user.email(), user.displayName(), user.roles());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int made = 0;
        for (OnboardingStepRow step : steps) {
            String key = AssignmentRow.openKey(user.id(), step.kind(), step.refId());
            Optional<Work> work = step.appliesTo(person.jobTitle())
                    ? catalog.find(learner, step.kind(), step.refId()) : Optional.empty();
            if (work.isEmpty() || assignments.findByOpenKey(key).isPresent()) {
                continue;
            }
            LocalDate due = start.plusWeeks(step.week());
            if (!due.isAfter(today)) {
                due = dueDates.earliest(work.get(), today);
            }
            if (catalog.done(user.id(), step.kind(), step.refId(), due)) {
                continue;
            }
            assignments.save(new AssignmentRow(null, partnerId, user.id(), step.kind(), step.refId(), step.title(), due,
                    null, by, null, now, null, null, null, key, null, step.week(), AssignmentRow.NO_ROUND, null));
            made++;
        }
        return made;
    }
}
