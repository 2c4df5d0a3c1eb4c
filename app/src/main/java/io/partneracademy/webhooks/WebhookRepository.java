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
interface WebhookRepository extends GenericRepository<WebhookSubscriptionRow, Long> {

    WebhookSubscriptionRow save(WebhookSubscriptionRow subscription);

    Optional<WebhookSubscriptionRow> findById(long id);

    @Query("SELECT * FROM webhook_subscription WHERE enabled = TRUE ORDER BY id")
    List<WebhookSubscriptionRow> findEnabled();

    @Query("SELECT * FROM webhook_subscription WHERE (:partnerId IS NULL OR partner_id = :partnerId) ORDER BY id")
    List<WebhookSubscriptionRow> list(@Nullable Long partnerId);

    @Query("DELETE FROM webhook_subscription WHERE id = :id")
    void delete(long id);

    @Query("UPDATE webhook_subscription SET failing_since = NULL WHERE id = :id AND failing_since IS NOT NULL")
    void succeeded(long id);

    @Query("UPDATE webhook_subscription SET failing_since = :at WHERE id = :id AND failing_since IS NULL")
    void failing(long id, Instant at);

    /** Disables the subscription if it has been failing since before the cutoff; returns 1 when it did. */
    @Query("""
            UPDATE webhook_subscription SET enabled = FALSE, disabled_at = :at
            WHERE id = :id AND enabled = TRUE AND failing_since IS NOT NULL AND failing_since < :cutoff""")
    int disableIfFailingSince(long id, Instant cutoff, Instant at);

    @Query("UPDATE webhook_subscription SET enabled = TRUE, disabled_at = NULL, failing_since = NULL WHERE id = :id")
    void enable(long id);

    /** The partner that employs the person today, if any (partners' view of current staff, ADR 0053). */
    @Query("SELECT partner_id FROM partner_current_staff WHERE user_id = :userId")
    List<Long> currentEmployer(long userId);
}
