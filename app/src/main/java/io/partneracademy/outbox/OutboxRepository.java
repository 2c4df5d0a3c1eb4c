package io.partneracademy.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends GenericRepository<OutboxEventRow, Long> {

    @Query("INSERT INTO outbox_event (type, aggregate_id, payload, created_at) VALUES (:type, :aggregateId, :payload, :at)")
    void add(String type, String aggregateId, String payload, Instant at);

    /** Ids of unprocessed events of these types, oldest first, as a plain read that locks nothing. */
    @Query("""
            SELECT id FROM outbox_event
            WHERE processed_at IS NULL AND type IN (:types)
            ORDER BY id LIMIT :limit""")
    List<Long> unprocessed(Collection<String> types, int limit);

    /**
     * Locks up to {@code limit} of these events that are still unprocessed and not locked by another transaction.
     * Looked up by primary key, so only the rows found are locked, never a gap that new events would go into.
     */
    @Query("""
            SELECT * FROM outbox_event FORCE INDEX (PRIMARY)
            WHERE id IN (:ids) AND processed_at IS NULL
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<OutboxEventRow> lock(Collection<Long> ids, int limit);

    @Query("UPDATE outbox_event SET processed_at = :at WHERE id = :id")
    void markProcessed(long id, Instant at);

    @Query("DELETE FROM outbox_event WHERE processed_at IS NOT NULL AND processed_at < :before ORDER BY processed_at LIMIT 5000")
    int deleteProcessed(Instant before);

    @Query("DELETE FROM outbox_event WHERE processed_at IS NULL AND created_at < :before ORDER BY id LIMIT 5000")
    int deleteUnclaimed(Instant before);
}
