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
 * Keeps the assignments an onboarding plan made in step with the plan after an edit, in the edit's transaction, for
 * everyone still being onboarded (someone with an open onboarding assignment at the partner who still works there).
 * Each person's start is the earliest of their onboarding assignments' due dates less its week. An open assignment
 * whose work the plan still asks of that person moves to the week of the first such step (due that many weeks after
 * the start); one whose step was removed is withdrawn, unless the work is done already, which closes it as done; and
 * a step the person has no assignment for yet (added or edited later) is given to them as {@link OnboardingApply}
 * does at a join, due its week after their own start. Done and withdrawn assignments stay as they are.
 */
@Singleton
class OnboardingFollow {

    private final AssignmentRepository assignments;
    private final AssignmentCompletion completion;
    private final OnboardingApply apply;
    private final People people;
    private final Clock clock;

    OnboardingFollow(AssignmentRepository assignments, AssignmentCompletion completion, OnboardingApply apply,
                     People people, Clock clock) {
        this.assignments = assignments;
        this.completion = completion;
        this.apply = apply;
        this.people = people;
        this.clock = clock;
    }

    /** What following the plan changed. */
    record Changes(int moved, int withdrawn, int added) {
    }

    /** Brings the onboarding assignments of the partner's people being onboarded in line with these steps. */
    Changes follow(long partnerId, List<OnboardingStepRow> steps) {
        List<AssignmentRow> rows = assignments.findOnboardingByPartner(partnerId).stream()
                .filter(a -> a.withdrawnAt() == null).toList();
        Map<Long, LocalDate> starts = new HashMap<>();
        for (AssignmentRow a : rows) {
            starts.merge(a.userId(), a.dueOn().minusWeeks(a.onboardingWeek()), (x, y) -> x.isBefore(y) ? x : y);
        }
        Map<Long, Optional<Person>> persons = new HashMap<>();
        int moved = 0;
        int withdrawn = 0;
        for (AssignmentRow a : rows) {
            if (a.completedAt() != null) {
                continue;
            }
            Optional<Person> person = persons.computeIfAbsent(a.userId(), id -> people.currentAt(partnerId, id));
            String title = person.map(Person::jobTitle).orElse(null);
            Optional<OnboardingStepRow> step = steps.stream()
                    .filter(s -> s.kind() == a.kind() && s.refId().equals(a.refId()) && s.appliesTo(title))
                    .findFirst();
            if (step.isEmpty()) {
                if (!completion.closeIfDone(a)) {
                    withdrawn += assignments.withdraw(a.id(), clock.instant());
                }
            } else if (step.get().week() != a.onboardingWeek()) {
                assignments.moveToWeek(a.id(), starts.get(a.userId()).plusWeeks(step.get().week()), step.get().week());
                moved++;
            }
        }
        int added = 0;
        for (Map.Entry<Long, Optional<Person>> p : persons.entrySet()) {
            if (p.getValue().isPresent()) {
                added += apply.apply(partnerId, p.getValue().get(), starts.get(p.getKey()), null, steps);
            }
        }
        return new Changes(moved, withdrawn, added);
    }
}
