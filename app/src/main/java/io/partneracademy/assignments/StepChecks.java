package io.partneracademy.assignments;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.assignments.AssignmentRejectedException.Part;
import io.partneracademy.web.InvalidPartsException.Problem;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.partneracademy.assignments.AssignmentRejectedException.problem;

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
        List<Problem> problems = new ArrayList<>();
        AssignForm asWork = new AssignForm(form.work(), null, null, null);
        Optional<Work> work = asWork.kind().flatMap(k -> catalog.find(by, k, asWork.refId()));
        if (work.isEmpty()) {
            problems.add(problem(Part.WORK, "assign.work-unknown"));
        }
        Integer week = form.weekNumber();
        if (week == null || week < 1 || week > OnboardingPlans.MAX_WEEK) {
            problems.add(problem(Part.WEEK, "onboarding.week-invalid", form.week() == null ? "" : form.week(),
                    OnboardingPlans.MAX_WEEK));
        } else if (work.isPresent()) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            if (dueDates.check(work.get(), today.plusWeeks(week), today).isPresent()) {
                problems.add(problem(Part.WEEK, "onboarding.week-too-soon", week, work.get().title(),
                        work.get().minutes()));
            }
        }
        String jobTitle = form.jobTitle() == null || form.jobTitle().isBlank() ? null : form.jobTitle().strip();
        if (jobTitle != null && jobTitle.length() > OnboardingPlans.JOB_TITLE_MAX) {
            problems.add(problem(Part.JOB_TITLE, "onboarding.job-title-too-long",
                    OnboardingPlans.JOB_TITLE_MAX));
        }
        if (!problems.isEmpty()) {
            throw new AssignmentRejectedException(problems);
        }
        return new Step(work.get(), week, jobTitle);
    }
}
