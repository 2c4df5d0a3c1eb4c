package io.partneracademy.assignments;

import io.partneracademy.partners.People;
import io.partneracademy.partners.Person;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the open assignments an onboarding plan made in step with the plan after an edit, in the edit's transaction:
 * an assignment whose work the plan still asks of that person moves to the week of the first such step (due that many
 * weeks after the person started, which is its due date less its week), and one whose step was removed is withdrawn,
 * unless the work is done already, which closes it as done. Steps added later are not given to people already being
 * onboarded; done and withdrawn assignments stay as they are.
 */
@Singleton
class OnboardingFollow {

    private final AssignmentRepository assignments;
    private final AssignmentCompletion completion;
    private final People people;
    private final Clock clock;

    OnboardingFollow(AssignmentRepository assignments, AssignmentCompletion completion, People people, Clock clock) {
        this.assignments = assignments;
        this.completion = completion;
        this.people = people;
        this.clock = clock;
    }

    /** What following the plan changed. */
    record Changes(int moved, int withdrawn) {
    }

    /** Brings the partner's open onboarding assignments in line with these steps of its plan. */
    Changes follow(long partnerId, List<OnboardingStepRow> steps) {
        Map<Long, Optional<String>> titles = new HashMap<>();
        int moved = 0;
        int withdrawn = 0;
        for (AssignmentRow a : assignments.findOpenOnboardingByPartner(partnerId)) {
            Optional<String> title = titles.computeIfAbsent(a.userId(),
                    id -> people.currentAt(partnerId, id).map(Person::jobTitle));
            Optional<OnboardingStepRow> step = steps.stream()
                    .filter(s -> s.kind() == a.kind() && s.refId().equals(a.refId()) && s.appliesTo(title.orElse(null)))
                    .findFirst();
            if (step.isEmpty()) {
                if (!completion.closeIfDone(a)) {
                    withdrawn += assignments.withdraw(a.id(), clock.instant());
                }
            } else if (step.get().week() != a.onboardingWeek()) {
                LocalDate started = a.dueOn().minusWeeks(a.onboardingWeek());
                assignments.moveToWeek(a.id(), started.plusWeeks(step.get().week()), step.get().week());
                moved++;
            }
        }
        return new Changes(moved, withdrawn);
    }
}
