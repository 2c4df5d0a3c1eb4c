package io.partneracademy.exams;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends GenericRepository<Exam, String> {

    @Query("INSERT INTO outbox_event (type, aggregate_id, payload, created_at) VALUES (:type, :aggregateId, :payload, :at)")
    void add(String type, String aggregateId, String payload, Instant at);
}
