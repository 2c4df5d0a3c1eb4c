package io.partneracademy.tiers;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.partneracademy.outbox.Outbox;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One batch of tier events: the partners they touch are reassessed and the events marked processed, atomically. */
@Singleton
class TierEventBatch {

    private static final int BATCH = 200;

    private final Outbox outbox;
    private final TierRepository tiers;
    private final Assessments assessments;

    TierEventBatch(Outbox outbox, TierRepository tiers, Assessments assessments) {
        this.outbox = outbox;
        this.tiers = tiers;
        this.assessments = assessments;
    }

    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    int run() {
        List<Outbox.Event> events = outbox.claim(TierEvents.TYPES, BATCH);
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
