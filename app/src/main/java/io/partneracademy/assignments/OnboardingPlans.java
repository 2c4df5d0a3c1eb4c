package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.PartnerAccessDeniedException;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Person;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Onboarding plans: dated steps a new hire gets as assignments, due a number of weeks after they join. Every partner
 * starts with the default plan (an admin edits it); the first edit at a partner gives it its own copy, and "use the
 * default again" drops that copy. The plan applies itself to a person who joins a partner (in the transaction that
 * records the join) and a manager can start it for someone who joined earlier. Steps whose work is not in the catalog
 * for that person, or already done, or already open, are left out. Every edit reaches the people being onboarded
 * ({@link OnboardingFollow}).
 */
@Singleton
public class OnboardingPlans {

    /** The latest week a step may be due in. */
    static final int MAX_WEEK = 26;
    static final int JOB_TITLE_MAX = 120;

    private final OnboardingRepository plans;
    private final OnboardingStepRepository steps;
    private final AssignmentRepository assignments;
    private final StepChecks checks;
    private final OnboardingApply onboardingApply;
    private final AssignmentSettings settings;
    private final Partners partners;
    private final People people;
    private final OnboardingFollow follow;
    private final Clock clock;

    OnboardingPlans(OnboardingRepository plans, OnboardingStepRepository steps, AssignmentRepository assignments,
                    StepChecks checks, OnboardingApply onboardingApply, AssignmentSettings settings, Partners partners,
                    People people, OnboardingFollow follow, Clock clock) {
        this.plans = plans;
        this.steps = steps;
        this.assignments = assignments;
        this.checks = checks;
        this.onboardingApply = onboardingApply;
        this.settings = settings;
        this.partners = partners;
        this.people = people;
        this.follow = follow;
        this.clock = clock;
    }

    /** A plan's steps, by week; {@code own} when the partner edited its own copy instead of the default. */
    record Plan(boolean own, List<OnboardingStepRow> steps) {
    }

    /** The partner's plan, for those who look after the partner (403 otherwise). */
    Plan plan(CurrentUser viewer, long partnerId) {
        partners.getManaged(viewer, partnerId);
        return planOf(partnerId);
    }

    /** The default plan every partner starts with. */
    Plan defaultPlan() {
        return new Plan(false, steps.findByPlan(defaultRow().id()));
    }

    /**
     * Adds a step to the partner's plan (the default plan when {@code partnerId} is null, admins only); refused with
     * the reasons for unknown work, a week outside 1–26 or too soon for the work's learning time. People already
     * being onboarded get the step too, due its week after their own start.
     */
    @Transactional
    public void addStep(CurrentUser by, @Nullable Long partnerId, StepForm form) {
        requireEditor(by, partnerId);
        StepChecks.Step step = checks.check(by, form);
        long planId = ownPlan(by, partnerId);
        steps.save(new OnboardingStepRow(null, planId, step.week(), step.work().kind(), step.work().id(),
                step.work().title(), step.jobTitle(), null));
        followEdit(partnerId);
    }

    /**
     * Changes a step of the partner's plan in place (the default plan's when {@code partnerId} is null): its week,
     * work and job title words, checked as when adding; people being onboarded follow (a new week moves their open
     * assignment, new work withdraws the old one and gives them the new). An unknown step is 404.
     */
    @Transactional
    public void editStep(CurrentUser by, @Nullable Long partnerId, long stepId, StepForm form) {
        requireEditor(by, partnerId);
        StepChecks.Step step = checks.check(by, form);
        int index = indexOf((partnerId == null ? defaultPlan() : planOf(partnerId)).steps(), stepId);
        if (index < 0) {
            throw new StepNotFoundException();
        }
        long planId = ownPlan(by, partnerId);
        OnboardingStepRow old = steps.findByPlan(planId).get(index);
        boolean sameWork = old.kind() == step.work().kind() && old.refId().equals(step.work().id());
        steps.update(old.id(), planId, step.week(), step.work().kind(), step.work().id(),
                sameWork ? old.title() : step.work().title(), step.jobTitle(), sameWork ? old.titleKey() : null);
        followEdit(partnerId);
    }

    /** Removes a step from the partner's plan (the default plan when {@code partnerId} is null, admins only). */
    @Transactional
    public void removeStep(CurrentUser by, @Nullable Long partnerId, long stepId) {
        requireEditor(by, partnerId);
        Plan before = partnerId == null ? defaultPlan() : planOf(partnerId);
        int index = indexOf(before.steps(), stepId);
        if (index < 0) {
            return;
        }
        long planId = ownPlan(by, partnerId);
        // A partner still on the default plan gets its own copy first; the step is found there by position.
        OnboardingStepRow step = steps.findByPlan(planId).get(index);
        steps.delete(step.id(), planId);
        followEdit(partnerId);
    }

    /**
     * The partner goes back to the default plan; its own copy is deleted, and its people's open onboarding
     * assignments follow the default plan.
     */
    @Transactional
    public void useDefault(CurrentUser by, long partnerId) {
        partners.getManaged(by, partnerId);
        plans.findByPartnerId(partnerId).ifPresent(p -> plans.delete(p.id()));
        followEdit(partnerId);
    }

    /**
     * After an edit of the partner's plan (of the default plan when {@code partnerId} is null: every partner that uses
     * it), open onboarding assignments follow their steps' weeks, those of removed steps are withdrawn and people being
     * onboarded get the steps they have no assignment for yet.
     */
    private void followEdit(@Nullable Long partnerId) {
        if (partnerId != null) {
            follow.follow(partnerId, planOf(partnerId).steps());
            return;
        }
        List<OnboardingStepRow> defaults = defaultPlan().steps();
        for (long partner : assignments.findPartnersWithOpenOnboarding()) {
            if (plans.findByPartnerId(partner).isEmpty()) {
                follow.follow(partner, defaults);
            }
        }
    }

    /**
     * Starts the partner's plan today for these current employees (403 when one is not the viewer's to manage);
     * returns how many assignments were made.
     */
    @Transactional
    public int start(CurrentUser by, long partnerId, List<Long> userIds) {
        Map<Long, Person> staff = people.staff(by, partnerId).stream()
                .collect(Collectors.toMap(p -> p.user().id(), Function.identity()));
        if (userIds.isEmpty() || !staff.keySet().containsAll(userIds)) {
            throw userIds.isEmpty() ? new AssignmentRejectedException(
                    AssignmentRejectedException.Part.PEOPLE, "assign.people-none") : new PartnerAccessDeniedException();
        }
        int made = 0;
        for (Long userId : userIds) {
            made += apply(partnerId, staff.get(userId), today(), by.id());
        }
        return made;
    }

    /**
     * Applies the partner's plan to someone who just joined it, in the transaction that records the join; people whose
     * start date lies more than {@code new-hire-days} back (a roster of long-time staff) are not new hires.
     */
    void joined(long userId, long partnerId) {
        Optional<Person> person = people.currentAt(partnerId, userId);
        LocalDate today = today();
        if (person.isEmpty() || person.get().since().isBefore(today.minusDays(settings.newHireDays()))) {
            return;
        }
        LocalDate start = person.get().since().isAfter(today) ? person.get().since() : today;
        apply(partnerId, person.get(), start, null);
    }

    private int apply(long partnerId, Person person, LocalDate start, @Nullable Long by) {
        return onboardingApply.apply(partnerId, person, start, by, planOf(partnerId).steps());
    }

    private Plan planOf(long partnerId) {
        return plans.findByPartnerId(partnerId).map(p -> new Plan(true, steps.findByPlan(p.id())))
                .orElseGet(this::defaultPlan);
    }

    /** The plan the editor changes, copying the default for a partner that has none of its own yet; locked. */
    private long ownPlan(CurrentUser by, @Nullable Long partnerId) {
        Instant now = clock.instant();
        if (partnerId == null) {
            long id = defaultRow().id();
            plans.lock(id);
            plans.touch(id, by.id(), now);
            return id;
        }
        Optional<OnboardingPlanRow> own = plans.findByPartnerId(partnerId);
        if (own.isPresent()) {
            plans.lock(own.get().id());
            plans.touch(own.get().id(), by.id(), now);
            return own.get().id();
        }
        OnboardingPlanRow copy = plans.save(new OnboardingPlanRow(null, partnerId, by.id(), now));
        for (OnboardingStepRow s : defaultPlan().steps()) {
            steps.save(new OnboardingStepRow(null, copy.id(), s.week(), s.kind(), s.refId(), s.title(), s.jobTitle(),
                    s.titleKey()));
        }
        return copy.id();
    }

    private OnboardingPlanRow defaultRow() {
        return plans.findDefault().orElseGet(() -> plans.save(new OnboardingPlanRow(null, null, null, clock.instant())));
    }

    private void requireEditor(CurrentUser by, @Nullable Long partnerId) {
        if (partnerId == null) {
            if (!by.has(Role.ADMIN)) {
                throw new PartnerAccessDeniedException();
            }
        } else {
            partners.getManaged(by, partnerId);
        }
    }

    private static int indexOf(List<OnboardingStepRow> list, long stepId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == stepId) {
                return i;
            }
        }
        return -1;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
