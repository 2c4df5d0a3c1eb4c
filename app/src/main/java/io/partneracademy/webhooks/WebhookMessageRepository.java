package io.partneracademy.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface WebhookMessageRepository extends GenericRepository<WebhookMessageRow, Long> {

    WebhookMessageRow save(WebhookMessageRow message);

    Optional<WebhookMessageRow> findById(long id);

    Optional<WebhookMessageRow> findByMsgId(String msgId);

    /** Due messages, oldest due first, read without locks: the candidates {@link #lockDue} then locks. */
    @Query("""
            SELECT id FROM webhook_message WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id LIMIT :limit""")
    List<Long> due(Instant now, int limit);

    /**
     * Locks up to {@code limit} of these messages that are still due and not locked by another transaction.
     * Looked up by primary key, so only the rows found are locked, never a range of the (status, next_attempt_at)
     * index that the lease and the backoff write into.
     */
    @Query("""
            SELECT * FROM webhook_message FORCE INDEX (PRIMARY)
            WHERE id IN (:ids) AND status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<WebhookMessageRow> lockDue(Collection<Long> ids, Instant now, int limit);

    @Query("SELECT COUNT(*) FROM webhook_message WHERE subscription_id = :subscriptionId AND attempts = 0")
    long countNeverAttempted(long subscriptionId);

    /** Moves the next attempt forward: as a lease while a node delivers, or as the backoff after a failure. */
    @Query("UPDATE webhook_message SET next_attempt_at = :at WHERE id = :id")
    void nextAttemptAt(long id, Instant at);

    @Query("""
            UPDATE webhook_message SET status = :status, attempts = attempts + 1, next_attempt_at = :next,
                   delivered_at = :deliveredAt
            WHERE id = :id""")
    void attempted(long id, DeliveryStatus status, @Nullable Instant next, @Nullable Instant deliveredAt);

    @Query("UPDATE webhook_message SET status = 'PENDING', next_attempt_at = :at WHERE id = :id")
    void redeliver(long id, Instant at);

    /**
     * Parks a pending message whose subscription is disabled: with no next attempt, the delivery job never finds it
     * due. The subscription is checked in the same statement (a locking read), so a message is never parked after
     * its subscription was enabled again.
     */
    @Query("""
            UPDATE webhook_message m JOIN webhook_subscription s ON s.id = m.subscription_id
            SET m.next_attempt_at = NULL
            WHERE m.id = :id AND m.status = 'PENDING' AND s.enabled = FALSE""")
    int park(long id);

    /** Parks every pending message of a subscription that was just disabled. */
    @Query("""
            UPDATE webhook_message SET next_attempt_at = NULL
            WHERE subscription_id = :subscriptionId AND status = 'PENDING'""")
    int parkAll(long subscriptionId);

    /** Makes the parked messages of a subscription enabled again due at once. */
    @Query("""
            UPDATE webhook_message SET next_attempt_at = :at
            WHERE subscription_id = :subscriptionId AND status = 'PENDING' AND next_attempt_at IS NULL""")
    int unpark(long subscriptionId, Instant at);

    @Query("SELECT * FROM webhook_message WHERE subscription_id = :subscriptionId ORDER BY id DESC LIMIT :limit")
    List<WebhookMessageRow> recent(long subscriptionId, int limit);

    /**
     * Deletes finished messages (and, by cascade, their delivery log) created before the cut-off, oldest first; a
     * pending one is kept however old, as its retries are still to come. A bounded batch, so no run holds many
     * locks. Read through the created_at index (V121), so only the old messages are looked at.
     */
    @Query("""
            DELETE FROM webhook_message WHERE status IN ('DELIVERED', 'FAILED') AND created_at < :before
            ORDER BY created_at, id LIMIT :limit""")
    int deleteFinishedBefore(Instant before, int limit);
}
