package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Tier;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Whom a JOIN rule reaches now: people working today at the rule's partner (or at partners of its tier, or anywhere)
 * whose job title contains the rule's words, whom the rule has not given its work yet, and who do not have that work
 * open already. partners says who works where ({@link People#currentEmployees}, a page at a time in user id order);
 * only assignments' own table is read here.
 */
@Singleton
class JoinReach {

    static final int PAGE = 500;

    private final People people;
    private final Partners partners;
    private final AssignmentRepository assignments;

    JoinReach(People people, Partners partners, AssignmentRepository assignments) {
        this.people = people;
        this.partners = partners;
        this.assignments = assignments;
    }

    /**
     * Hands everyone the rule reaches now to {@code page}, a page at a time; what the consumer assigns does not
     * disturb the paging (it goes on after the last person of the page).
     */
    void forEachPage(RuleRow rule, Consumer<List<People.Employee>> page) {
        List<Long> partnerIds = scope(rule);
        long after = 0;
        List<People.Employee> batch;
        do {
            batch = people.currentEmployees(partnerIds, rule.jobTitle(), after, PAGE);
            if (batch.isEmpty()) {
                return;
            }
            after = batch.get(batch.size() - 1).userId();
            List<People.Employee> reached = notYetReached(rule, batch);
            if (!reached.isEmpty()) {
                page.accept(reached);
            }
        } while (batch.size() == PAGE);
    }

    /** How many people the rule would reach now. */
    int count(RuleRow rule) {
        int[] count = {0};
        forEachPage(rule, reached -> count[0] += reached.size());
        return count[0];
    }

    /** The partners the rule covers: null for every partner; empty when none does (no partner of its tier). */
    @Nullable
    private List<Long> scope(RuleRow rule) {
        List<Long> ofTier = rule.partnerTier() == null ? null : partners.idsOfTier(Tier.valueOf(rule.partnerTier()));
        if (rule.partnerId() == null) {
            return ofTier;
        }
        return ofTier == null || ofTier.contains(rule.partnerId()) ? List.of(rule.partnerId()) : List.of();
    }

    private List<People.Employee> notYetReached(RuleRow rule, List<People.Employee> batch) {
        List<Long> userIds = batch.stream().map(People.Employee::userId).toList();
        Set<Long> reached = rule.id() == null ? Set.of() : new HashSet<>(assignments.findReachedBy(rule.id(), userIds));
        Set<String> open = new HashSet<>(assignments.findOpenKeys(userIds.stream()
                .map(id -> AssignmentRow.openKey(id, rule.kind(), rule.refId())).toList()));
        return batch.stream()
                .filter(e -> !reached.contains(e.userId())
                        && !open.contains(AssignmentRow.openKey(e.userId(), rule.kind(), rule.refId())))
                .toList();
    }
}
