package io.partneracademy.webhooks;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface WebhookAttemptRepository extends GenericRepository<WebhookAttemptRow, Long> {

    WebhookAttemptRow save(WebhookAttemptRow attempt);

    List<WebhookAttemptRow> findByMessageIdOrderById(long messageId);
}
