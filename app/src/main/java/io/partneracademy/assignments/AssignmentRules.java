package io.partneracademy.assignments;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.Users;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.People;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Automatic assignments. A JOIN rule reaches everyone it matches when it is made or edited, and the rule job reaches
 * people who join (or change job title or tier) later; each person once per rule, never while they have the same work
 * open. Work a person has already done is recorded as done at once. A RENEWAL rule reaches a person a number of days
 * before their certification expires, once per expiry. A rule that would reach more than the confirmation threshold at
 * once is saved only after the person confirms the count. Admins see and make every rule; partner managers and partner
 * admins the rules of the partners they look after, and another company's rule is not found.
 */
@Singleton
public class AssignmentRules {

    /** How many people of a rule the rules page names. */
    static final int NAMED = 10;

    private final RuleRepository rules;
    private final JobLockRepository locks;
    private final RuleChecks checks;
    private final RenewalReach renewals;
    private final JoinReach joins;
    private final AssignmentRepository assignments;
    private final AssignmentCompletion completion;
    private final WorkCatalog catalog;
    private final AssignmentSettings settings;
    private final Users users;
    private final Clock clock;

    AssignmentRules(RuleRepository rules, JobLockRepository locks, RuleChecks checks, RenewalReach renewals,
                    JoinReach joins, AssignmentRepository assignments, AssignmentCompletion completion, WorkCatalog catalog,
                    AssignmentSettings settings, Users users, Clock clock) {
        this.completion = completion;
        this.rules = rules;
        this.locks = locks;
        this.checks = checks;
        this.renewals = renewals;
        this.joins = joins;
        this.assignments = assignments;
        this.catalog = catalog;
        this.settings = settings;
        this.users = users;
        this.clock = clock;
    }

    /** A rule as the rules page shows it: its partner's name (null for every partner), what it made, whom it reached. */
    record Shown(RuleRow rule, @io.micronaut.core.annotation.Nullable String partnerName, int made, int done,
                 List<String> people) {
    }

    /** The rules the person may see, oldest first. */
    List<Shown> visible(CurrentUser by) {
        Map<Long, String> names = new HashMap<>();
        checks.scope(by).forEach(p -> names.put(p.id(), p.name()));
        List<RuleRow> rows = by.has(Role.ADMIN) ? rules.findAllOrderById()
                : names.isEmpty() ? List.of() : rules.findByPartnerIdInOrderById(names.keySet());
        Map<Long, RuleRepository.Made> made = new HashMap<>();
        rules.made().forEach(m -> made.put(m.ruleId(), m));
        List<Shown> shown = new ArrayList<>();
        for (RuleRow r : rows) {
            RuleRepository.Made m = made.getOrDefault(r.id(), new RuleRepository.Made(r.id(), 0, 0));
            shown.add(new Shown(r, r.partnerId() == null ? null : names.get(r.partnerId()), m.total(), m.done(),
                    assignments.findByRuleIdOrderById(r.id()).stream().limit(NAMED)
                            .map(a -> users.get(a.userId()).displayName()).toList()));
        }
        return shown;
    }

    /** One rule the person may see; {@link RuleNotFoundException} for an unknown id or another company's rule. */
    RuleRow get(CurrentUser by, long id) {
        RuleRow rule = rules.findById(id).orElseThrow(RuleNotFoundException::new);
        if (by.has(Role.ADMIN)) {
            return rule;
        }
        if (rule.partnerId() == null || checks.scope(by).stream().map(Partner::id).noneMatch(rule.partnerId()::equals)) {
            throw new RuleNotFoundException();
        }
        return rule;
    }

    /** The partners the person may make rules for. */
    List<Partner> partners(CurrentUser by) {
        return checks.scope(by);
    }

    /**
     * Makes the rule and assigns it to everyone it reaches now; returns how many. Nothing is saved when the form is
     * refused ({@link AssignmentRejectedException}, or a 403 for another company) or would reach more people than the
     * threshold without being confirmed ({@link ConfirmationNeededException}).
     */
    @Transactional
    public int create(CurrentUser by, RuleForm form) {
        RuleRow rule = checks.read(by, form, null);
        confirmReach(rule, form);
        return apply(rules.save(rule));
    }

    /**
     * Changes the rule as the form says, then assigns it to everyone it reaches now that it did not reach before.
     * When only whom it reaches or its days change, what it made stays as it is. When its kind or work changes, the
     * old work is retired first: its open assignments are withdrawn (or closed as done when the work is done) and
     * everything it made is detached from the rule, as on delete, so the rule starts over with the new work and lists
     * only what it made for that. Refused like {@link #create}, with nothing changed.
     */
    @Transactional
    public int update(CurrentUser by, long id, RuleForm form) {
        RuleRow current = get(by, id);
        rules.lock(id);
        RuleRow rule = checks.read(by, form, current);
        if (rule.otherWorkThan(current)) {
            retire(current);
        }
        confirmReach(rule, form);
        return apply(rules.update(rule));
    }

    /** Withdraws the rule's open assignments (closing those whose work is done) and detaches all it made. */
    private void retire(RuleRow rule) {
        Instant now = clock.instant();
        for (AssignmentRow a : assignments.findByRuleIdOrderById(rule.id())) {
            if (a.completedAt() == null && !completion.closeIfDone(a)) {
                assignments.withdraw(a.id(), now);
            }
        }
        rules.detach(rule.id());
    }

    /** Deletes the rule; the assignments it made stay with the people (open ones stay open). */
    @Transactional
    public void delete(CurrentUser by, long id) {
        get(by, id);
        rules.detach(id);
        rules.deleteById(id);
    }

    /**
     * Reaches the people who joined, came to match or came near an expiry since the last run. Every node runs the
     * job, and a run holds the job's lock: a run on another node meanwhile finds it held and skips, instead of
     * working out the same reach again. Each rule is also locked (an edit saved at the same time applies the rule
     * too), and READ COMMITTED lets a run that waited for a lock see whom the other transaction just reached, instead
     * of its own older snapshot (then it would insert the same assignments again and fail on the unique key).
     */
    @Scheduled(fixedDelay = "${partneracademy.assignments.job-interval:10m}",
            initialDelay = "${partneracademy.assignments.job-initial-delay:2m}")
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public int applyAll() {
        if (locks.claim(JobLockRepository.RULES).isEmpty()) {
            return 0;
        }
        int made = 0;
        for (RuleRow rule : rules.findAllOrderById()) {
            rules.lock(rule.id());
            made += apply(rule);
        }
        return made;
    }

    private void confirmReach(RuleRow rule, RuleForm form) {
        int reach = rule.ruleKind() == RuleKind.RENEWAL ? renewals.scan(rule).targets().size()
                : joins.count(rule);
        if (reach > settings.confirmAbove() && !form.isConfirmed()) {
            throw new ConfirmationNeededException(reach);
        }
    }

    private int apply(RuleRow rule) {
        return rule.ruleKind() == RuleKind.RENEWAL ? applyRenewal(rule) : applyJoin(rule);
    }

    private int applyJoin(RuleRow rule) {
        Instant now = clock.instant();
        LocalDate due = today().plusDays(rule.dueDays());
        int[] made = {0};
        joins.forEachPage(rule, page -> {
            for (People.Employee e : page) {
                boolean done = catalog.done(e.userId(), rule.kind(), rule.refId(), due);
                assignments.save(new AssignmentRow(null, e.partnerId(), e.userId(), rule.kind(), rule.refId(),
                        rule.title(), due, null, rule.createdBy(), null, now, done ? now : null, null, null,
                        done ? null : AssignmentRow.openKey(e.userId(), rule.kind(), rule.refId()), rule.id(), null,
                        AssignmentRow.NO_ROUND, null));
                made[0]++;
            }
        });
        return made[0];
    }

    private int applyRenewal(RuleRow rule) {
        Instant now = clock.instant();
        RenewalReach.Scan scan = renewals.scan(rule);
        List<RenewalReach.Target> targets = scan.targets();
        rules.scanned(rule.id(), scan.until());
        for (RenewalReach.Target t : targets) {
            assignments.save(new AssignmentRow(null, t.partnerId(), t.userId(), WorkKind.PATH, t.pathId(), t.title(),
                    t.expiresOn(), null, rule.createdBy(), null, now, null, null, null,
                    AssignmentRow.openKey(t.userId(), WorkKind.PATH, t.pathId()), rule.id(), null, t.round(), null));
        }
        return targets.size();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
