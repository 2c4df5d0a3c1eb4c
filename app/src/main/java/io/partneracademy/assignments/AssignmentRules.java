package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Users;
import io.partneracademy.partners.Tier;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Automatic assignments. A rule reaches everyone it matches when it is made, and the rule job reaches people who
 * join (or change job title or tier) later; each person once per rule, never while they have the same work open.
 * Work a person has already done is recorded as done at once. A rule that would reach more than the confirmation
 * threshold at once is saved only after the admin confirms the count.
 */
@Singleton
public class AssignmentRules {

    static final int BATCH = 500;

    private final RuleRepository rules;
    private final AssignmentRepository assignments;
    private final WorkCatalog catalog;
    private final DueDates dueDates;
    private final AssignmentSettings settings;
    private final Users users;
    private final Clock clock;

    AssignmentRules(RuleRepository rules, AssignmentRepository assignments, WorkCatalog catalog, DueDates dueDates,
                    AssignmentSettings settings, Users users, Clock clock) {
        this.users = users;
        this.rules = rules;
        this.assignments = assignments;
        this.catalog = catalog;
        this.dueDates = dueDates;
        this.settings = settings;
        this.clock = clock;
    }

    /** How many people of a rule the rules page names. */
    static final int NAMED = 10;

    /** A rule as the rules page shows it, with what it has made and the first people it reached. */
    record Shown(RuleRow rule, int made, int done, List<String> people) {
    }

    List<Shown> all() {
        Map<Long, RuleRepository.Made> made = new HashMap<>();
        rules.made().forEach(m -> made.put(m.ruleId(), m));
        List<Shown> shown = new ArrayList<>();
        for (RuleRow r : rules.findAllOrderById()) {
            RuleRepository.Made m = made.getOrDefault(r.id(), new RuleRepository.Made(r.id(), 0, 0));
            shown.add(new Shown(r, m.total(), m.done(), assignments.findByRuleIdOrderById(r.id()).stream().limit(NAMED)
                    .map(a -> users.get(a.userId()).displayName()).toList()));
        }
        return shown;
    }

    /**
     * Makes the rule and assigns it to everyone it reaches now; returns how many. Refused with the reasons for unknown
     * work, a tier that does not exist or too few days; {@link ConfirmationNeededException} when it would reach more
     * people than the threshold and the form is not confirmed.
     */
    @Transactional
    public int create(CurrentUser admin, RuleForm form) {
        List<AssignmentProblem> problems = new ArrayList<>();
        AssignForm asWork = form.asWork();
        Optional<Work> work = asWork.kind().flatMap(k -> catalog.find(admin, k, asWork.refId()));
        if (work.isEmpty()) {
            problems.add(new AssignmentProblem("work", "assign.work-unknown", List.of()));
        }
        String tier = tier(form.tier(), problems);
        Integer days = days(form.dueDays(), problems);
        LocalDate today = today();
        if (work.isPresent() && days != null) {
            dueDates.check(work.get(), today.plusDays(days), today).ifPresent(p -> problems.add(
                    new AssignmentProblem("dueDays", "rule.days-too-few", List.of(String.valueOf(days), work.get().title(),
                            String.valueOf(today.until(dueDates.earliest(work.get(), today)).getDays())))));
        }
        if (!problems.isEmpty()) {
            throw new AssignmentRejectedException(problems);
        }
        String title = form.jobTitle() == null || form.jobTitle().isBlank() ? null : form.jobTitle().strip();
        int reach = rules.countReach(-1, tier, title, work.get().kind(), work.get().id());
        if (reach > settings.confirmAbove() && !form.isConfirmed()) {
            throw new ConfirmationNeededException(reach);
        }
        RuleRow rule = rules.save(new RuleRow(null, tier, title, work.get().kind(), work.get().id(), work.get().title(),
                days, admin.id(), clock.instant()));
        return apply(rule);
    }

    /**
     * Reaches the people who joined (or came to match) since the last run. Every node runs the job: each rule is
     * locked first, and READ COMMITTED lets a node that waited for that lock see whom the other node just reached,
     * instead of its own older snapshot (then it would insert the same assignments again and fail on the unique key).
     */
    @Scheduled(fixedDelay = "${partneracademy.assignments.job-interval:10m}",
            initialDelay = "${partneracademy.assignments.job-initial-delay:2m}")
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public int applyAll() {
        int made = 0;
        for (RuleRow rule : rules.findAllOrderById()) {
            rules.lock(rule.id());
            made += apply(rule);
        }
        return made;
    }

    private int apply(RuleRow rule) {
        Instant now = clock.instant();
        LocalDate due = today().plusDays(rule.dueDays());
        int made = 0;
        List<RuleRepository.Target> batch;
        do {
            batch = rules.reach(rule.id(), rule.partnerTier(), rule.jobTitle(), rule.kind(), rule.refId(), BATCH);
            for (RuleRepository.Target t : batch) {
                boolean done = catalog.done(t.userId(), rule.kind(), rule.refId(), due);
                assignments.save(new AssignmentRow(null, t.partnerId(), t.userId(), rule.kind(), rule.refId(),
                        rule.title(), due, null, rule.createdBy(), null, now, done ? now : null, null, null,
                        done ? null : AssignmentRow.openKey(t.userId(), rule.kind(), rule.refId()), rule.id(), null));
                made++;
            }
        } while (batch.size() == BATCH);
        return made;
    }

    @Nullable
    private static String tier(@Nullable String text, List<AssignmentProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Tier.valueOf(text.strip()).name();
        } catch (IllegalArgumentException e) {
            problems.add(new AssignmentProblem("tier", "rule.tier-unknown", List.of(text)));
            return null;
        }
    }

    @Nullable
    private static Integer days(@Nullable String text, List<AssignmentProblem> problems) {
        try {
            int days = Integer.parseInt(text == null ? "" : text.strip());
            if (days >= 1 && days <= 730) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new AssignmentProblem("dueDays", "rule.days-invalid", List.of(text == null ? "" : text)));
        return null;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
