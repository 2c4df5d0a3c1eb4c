package io.partneracademy.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface WebhookMessageRepository extends GenericRepository<WebhookMessageRow, Long> {

    WebhookMessageRow save(WebhookMessageRow message);

    Optional<WebhookMessageRow> findById(long id);

    Optional<WebhookMessageRow> findByMsgId(String msgId);

    @Query("""
            SELECT * FROM webhook_message WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<WebhookMessageRow> claimDue(Instant now, int limit);

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

    @Query("SELECT * FROM webhook_message WHERE subscription_id = :subscriptionId ORDER BY id DESC LIMIT :limit")
    List<WebhookMessageRow> recent(long subscriptionId, int limit);
}
