package io.partneracademy.outbox;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The outbox: events one feature writes in the same transaction as the change they describe (exam passed,
 * certification issued, someone moved employer), and another feature's job processes later. Consumers claim
 * the types they handle with SKIP LOCKED, so several servers share the work and nothing is lost on a crash.
 */
@Singleton
public class Outbox {

    /** How many candidates a claim reads per event it may take (consumers on several nodes claim at once). */
    private static final int CANDIDATES_PER_CLAIM = 4;

    private final OutboxRepository events;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher<Written> written;

    Outbox(OutboxRepository events, JsonMapper json, Clock clock, ApplicationEventPublisher<Written> written) {
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.written = written;
    }

    /**
     * Told synchronously, in the writer's transaction, about every event written: a feature that needs its own
     * copy of events others also consume (webhooks fan out to subscriptions) stores it in the same transaction.
     */
    public record Written(String type, String aggregateId, Map<String, ?> payload, Instant at) {
    }

    /** One unprocessed event, with its payload read back. */
    public record Event(long id, String type, Map<String, Object> payload) {
    }

    /** Writes an event in the caller's transaction; the payload is stored as JSON. */
    public void add(String type, String aggregateId, Map<String, ?> payload) {
        Instant at = clock.instant();
        try {
            events.add(type, aggregateId, new String(json.writeValueAsBytes(payload), StandardCharsets.UTF_8), at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.publishEvent(new Written(type, aggregateId, payload, at));
    }

    /**
     * Claims up to {@code limit} unprocessed events of these types, oldest first, locked until the caller's
     * transaction ends. Call inside a transaction and mark each {@link #processed}.
     *
     * <p>Two steps, so that a consumer's batch never blocks writers: a single {@code SELECT … WHERE processed_at IS
     * NULL … ORDER BY id LIMIT n FOR UPDATE SKIP LOCKED} under REPEATABLE READ also locks the index gap after the
     * last unprocessed event, which is exactly where every new event is inserted, so each write of an event (a
     * submitted exam, an issued certification) waited until the batch committed. The candidates are read without
     * locks (more than {@code limit}, so that consumers on other nodes holding the first ones still find work), then
     * locked by primary key with SKIP LOCKED, which locks the rows found and nothing else; a candidate another
     * consumer processed meanwhile is no longer unprocessed when locked and is left out.
     */
    public List<Event> claim(Collection<String> types, int limit) {
        List<Long> candidates = events.unprocessed(types, limit * CANDIDATES_PER_CLAIM);
        if (candidates.isEmpty()) {
            return List.of();
        }
        return events.lock(candidates, limit).stream()
                .map(e -> new Event(e.id(), e.type(), read(e.payload())))
                .toList();
    }

    public void processed(Event event) {
        events.markProcessed(event.id(), clock.instant());
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
