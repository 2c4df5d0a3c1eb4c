package io.partneracademy.partners;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EmploymentRepository extends CrudRepository<Employment, Long> {

    Optional<Employment> findByUserIdAndEndedOnIsNull(long userId);

    List<Employment> findByPartnerIdAndEndedOnIsNull(long partnerId);

    List<Employment> findByUserIdOrderByStartedOnDesc(long userId);

    /** An "employment.changed" event for other features (tiers), in the caller's transaction. */
    @io.micronaut.data.annotation.Query("""
            INSERT INTO outbox_event (type, aggregate_id, payload, created_at)
            VALUES ('employment.changed', :userId, :payload, :at)""")
    void addEvent(String userId, String payload, java.time.Instant at);
}
