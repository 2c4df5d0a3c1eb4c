package io.partneracademy.assignments;

import io.partneracademy.certification.Certifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Person;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a RENEWAL rule reaches now: people whose certification (of the rule's path, or any) is active and expires
 * within the rule's days, who work today at a partner the rule covers with a matching job title, and whom the rule
 * has not yet reached for that expiry. It asks certification which certifications expire and partners where each
 * person works; it reads only assignments' own tables itself.
 *
 * <p>A run looks only at certifications that entered the window since the rule's last run: those expiring after
 * {@link RuleRow#scannedUntil()} (or after now, for a new or edited rule) and up to now plus the rule's days. In the
 * part of the window earlier runs looked at already, it looks again only at what changed since the last run (with
 * {@link #OVERLAP} to spare for transactions still open then): certifications issued since, the certifications of
 * people whose current employment began or changed since (a move to the rule's partner, a new job title), and, for a
 * rule about a tier, of the people of partners changed since (a new tier); see ADR 0041.
 */
@Singleton
class RenewalReach {

    private final Certifications certifications;
    private final Partners partners;
    private final People people;
    private final RuleRepository rules;
    private final AssignmentRepository assignments;
    private final Clock clock;

    /** How far before the last run a run looks again for changes: a change committed late is not missed. */
    static final Duration OVERLAP = Duration.ofMinutes(10);

    RenewalReach(Certifications certifications, Partners partners, People people, RuleRepository rules,
                 AssignmentRepository assignments, Clock clock) {
        this.certifications = certifications;
        this.partners = partners;
        this.people = people;
        this.rules = rules;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** A renewal to assign: whose, at which partner, of which path, due on the day the certification expires. */
    record Target(long userId, long partnerId, String pathId, String title, LocalDate expiresOn) {

        /** The rule reaches a person once per expiry: the round is the expiry day and the path. */
        String round() {
            return expiresOn + ":" + pathId;
        }
    }

    /**
     * Whom a run reaches, and the expiry up to which it looked (the rule's next {@code scannedUntil}).
     *
     * @param considered how many certifications the run read from certification
     */
    record Scan(List<Target> targets, Instant until, int considered) {
    }

    /** Everyone the rule reaches now among the certifications new to its window; none for a JOIN rule. */
    Scan scan(RuleRow rule) {
        Instant now = clock.instant();
        if (rule.ruleKind() != RuleKind.RENEWAL || rule.daysBeforeExpiry() == null) {
            return new Scan(List.of(), now, 0);
        }
        Instant until = now.plus(Duration.ofDays(rule.daysBeforeExpiry()));
        Instant after = rule.scannedUntil() == null || rule.scannedUntil().isBefore(now) ? now : rule.scannedUntil();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Set<String> reached = rule.id() == null ? Set.of() : new HashSet<>(rules.roundsFrom(rule.id(), today.toString()));
        Map<Long, Optional<Partner>> employers = new HashMap<>();
        List<Target> targets = new ArrayList<>();
        List<Certifications.Expiring> entered = new ArrayList<>(certifications.expiringBetween(after, until));
        if (rule.scannedUntil() != null && after.isAfter(now)) {
            // The last run was at scannedUntil minus the days (an edit clears scannedUntil, so the days are the same).
            entered.addAll(changedSince(rule, rule.scannedUntil().minus(Duration.ofDays(rule.daysBeforeExpiry()))
                    .minus(OVERLAP), now, after));
        }
        Set<String> seen = new HashSet<>();
        for (Certifications.Expiring c : entered) {
            if (!seen.add(c.userId() + ":" + c.expiresOn() + ":" + c.pathId())) {
                continue;
            }
            if (rule.refId() != null && !rule.refId().equals(c.pathId())
                    || reached.contains(c.userId() + ":" + c.expiresOn() + ":" + c.pathId())) {
                continue;
            }
            Optional<Partner> employer = employers.computeIfAbsent(c.userId(), partners::currentEmployer);
            if (employer.isEmpty() || !covers(rule, employer.get(), c.userId())
                    || assignments.findByOpenKey(AssignmentRow.openKey(c.userId(), WorkKind.PATH, c.pathId())).isPresent()) {
                continue;
            }
            targets.add(new Target(c.userId(), employer.get().id(), c.pathId(), c.certification(), c.expiresOn()));
        }
        return new Scan(targets, after.isAfter(until) ? after : until, entered.size());
    }

    /**
     * The certifications expiring in (now, scannedUntil], the part of the window earlier runs looked at, that may be
     * in the rule's reach only since {@code since}: issued since, or held by people whose employment or partner
     * changed since.
     */
    private List<Certifications.Expiring> changedSince(RuleRow rule, Instant since, Instant now, Instant scanned) {
        List<Certifications.Expiring> changed = new ArrayList<>(certifications.issuedAfterExpiringBetween(since, now,
                scanned));
        Set<Long> moved = new HashSet<>(people.employmentChangedAfter(since));
        if (rule.partnerTier() != null) {
            people.currentStaffIds(partners.idsChangedAfter(since)).values().forEach(moved::addAll);
        }
        if (!moved.isEmpty()) {
            changed.addAll(certifications.expiringBetween(moved, now, scanned));
        }
        return changed;
    }

    private boolean covers(RuleRow rule, Partner employer, long userId) {
        if (rule.partnerId() != null && !rule.partnerId().equals(employer.id())
                || rule.partnerTier() != null && !rule.partnerTier().equals(employer.tier().name())) {
            return false;
        }
        if (rule.jobTitle() == null) {
            return true;
        }
        String wanted = rule.jobTitle().toLowerCase(Locale.ROOT);
        return people.currentAt(employer.id(), userId).map(Person::jobTitle)
                .map(t -> t.toLowerCase(Locale.ROOT).contains(wanted)).orElse(false);
    }
}
