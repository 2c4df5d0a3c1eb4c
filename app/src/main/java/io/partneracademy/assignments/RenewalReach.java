package io.partneracademy.assignments;

import io.partneracademy.certification.Certifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Person;
import jakarta.inject.Singleton;

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
 */
@Singleton
class RenewalReach {

    private final Certifications certifications;
    private final Partners partners;
    private final People people;
    private final RuleRepository rules;
    private final AssignmentRepository assignments;
    private final Clock clock;

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

    /** Everyone the rule reaches now; none for a rule that is not a renewal rule. */
    List<Target> targets(RuleRow rule) {
        if (rule.ruleKind() != RuleKind.RENEWAL || rule.daysBeforeExpiry() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Set<String> reached = rule.id() == null ? Set.of() : new HashSet<>(rules.roundsFrom(rule.id(), today.toString()));
        Map<Long, Optional<Partner>> employers = new HashMap<>();
        List<Target> targets = new ArrayList<>();
        for (Certifications.Expiring c : certifications.expiringWithin(rule.daysBeforeExpiry())) {
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
        return targets;
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
