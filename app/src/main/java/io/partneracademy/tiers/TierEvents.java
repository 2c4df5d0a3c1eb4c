package io.partneracademy.tiers;

import io.micronaut.scheduling.annotation.Scheduled;
import io.partneracademy.outbox.Outbox;
import io.partneracademy.partners.People;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Processes certification and employment events from the outbox: each names a person; their current employer
 * (and, for a move, the previous one) is reassessed. Rows are claimed with SKIP LOCKED, so several servers share
 * the work, and an event is marked processed in the same transaction as the reassessment.
 */
@Singleton
public class TierEvents {

    static final List<String> TYPES = List.of("certification.issued", "certification.superseded",
            "certification.expired", "certification.revoked", People.EMPLOYMENT_CHANGED);
    private static final int BATCH = 200;

    private final Outbox outbox;
    private final TierRepository tiers;
    private final Assessments assessments;

    TierEvents(Outbox outbox, TierRepository tiers, Assessments assessments) {
        this.outbox = outbox;
        this.tiers = tiers;
        this.assessments = assessments;
    }

    /** Every second, so a manager sees a certification or a move reflected at once. */
    @Scheduled(fixedDelay = "1s", initialDelay = "5s")
    @Transactional
    public int process() {
        List<Outbox.Event> events = outbox.claim(TYPES, BATCH);
        // Ascending, so two servers processing at once lock partners in the same order.
        Set<Long> partners = new TreeSet<>();
        for (Outbox.Event event : events) {
            for (String key : List.of("fromPartnerId", "toPartnerId")) {
                if (event.payload().get(key) instanceof Number n) {
                    partners.add(n.longValue());
                }
            }
            if (event.payload().get("userId") instanceof Number user) {
                tiers.findCurrentEmployer(user.longValue()).ifPresent(partners::add);
            }
        }
        String cause = events.isEmpty() ? "" : events.get(events.size() - 1).type();
        for (Long partner : partners) {
            assessments.assess(partner, cause);
        }
        events.forEach(outbox::processed);
        return events.size();
    }
}
