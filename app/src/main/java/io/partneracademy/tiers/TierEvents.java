package io.partneracademy.tiers;

import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Processes certification and employment events from the outbox: each names a person; their current employer
 * (and, for a move, the previous one) is reassessed. Rows are claimed with SKIP LOCKED, so several servers share
 * the work, and an event is marked processed in the same transaction as the reassessment.
 */
@Singleton
public class TierEvents {

    private static final int BATCH = 200;

    private final TierRepository tiers;
    private final Assessments assessments;
    private final JsonMapper json;
    private final Clock clock;

    TierEvents(TierRepository tiers, Assessments assessments, JsonMapper json, Clock clock) {
        this.tiers = tiers;
        this.assessments = assessments;
        this.json = json;
        this.clock = clock;
    }

    /** Every second, so a manager sees a certification or a move reflected at once. */
    @Scheduled(fixedDelay = "1s", initialDelay = "5s")
    @Transactional
    public int process() {
        List<EventRow> events = tiers.claimEvents(BATCH);
        // Ascending, so two servers processing at once lock partners in the same order.
        Set<Long> partners = new TreeSet<>();
        for (EventRow event : events) {
            Map<String, Object> payload = read(event.payload());
            for (String key : List.of("fromPartnerId", "toPartnerId")) {
                if (payload.get(key) instanceof Number n) {
                    partners.add(n.longValue());
                }
            }
            if (payload.get("userId") instanceof Number user) {
                tiers.findCurrentEmployer(user.longValue()).ifPresent(partners::add);
            }
        }
        String cause = events.isEmpty() ? "" : events.get(events.size() - 1).type();
        for (Long partner : partners) {
            assessments.assess(partner, cause);
        }
        events.forEach(e -> tiers.markProcessed(e.id(), clock.instant()));
        return events.size();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String payload) {
        try {
            return json.readValue(payload.getBytes(StandardCharsets.UTF_8), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
