package io.partneracademy.assignments;

import io.partneracademy.accounts.CurrentUser;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an onboarding step as an editor gave it (work from the catalog, a week of 1–26 that leaves time for the
 * work's learning, job title words of at most 120 characters) and returns it ready to store, or refuses it with
 * every reason at once.
 */
@Singleton
class StepChecks {

    private final WorkCatalog catalog;
    private final DueDates dueDates;
    private final Clock clock;

    StepChecks(WorkCatalog catalog, DueDates dueDates, Clock clock) {
        this.catalog = catalog;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** A step that passed the checks. */
    record Step(Work work, int week, String jobTitle) {
    }

    /** The step the form describes, or {@link AssignmentRejectedException} with every problem found. */
    Step check(CurrentUser by, StepForm form) {
        List<AssignmentProblem> problems = new ArrayList<>();
        AssignForm asWork = new AssignForm(form.work(), null, null, null);
        Optional<Work> work = asWork.kind().flatMap(k -> catalog.find(by, k, asWork.refId()));
        if (work.isEmpty()) {
            problems.add(new AssignmentProblem("work", "assign.work-unknown", List.of()));
        }
        Integer week = form.weekNumber();
        if (week == null || week < 1 || week > OnboardingPlans.MAX_WEEK) {
            problems.add(new AssignmentProblem("week", "onboarding.week-invalid", List.of(form.week() == null ? ""
                    : form.week(), String.valueOf(OnboardingPlans.MAX_WEEK))));
        } else if (work.isPresent()) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            if (dueDates.check(work.get(), today.plusWeeks(week), today).isPresent()) {
                problems.add(new AssignmentProblem("week", "onboarding.week-too-soon", List.of(String.valueOf(week),
                        work.get().title(), String.valueOf(work.get().minutes()))));
            }
        }
        String jobTitle = form.jobTitle() == null || form.jobTitle().isBlank() ? null : form.jobTitle().strip();
        if (jobTitle != null && jobTitle.length() > OnboardingPlans.JOB_TITLE_MAX) {
            problems.add(new AssignmentProblem("jobTitle", "onboarding.job-title-too-long",
                    List.of(String.valueOf(OnboardingPlans.JOB_TITLE_MAX))));
        }
        if (!problems.isEmpty()) {
            throw new AssignmentRejectedException(problems);
        }
        return new Step(work.get(), week, jobTitle);
    }
}
