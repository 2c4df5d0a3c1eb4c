package io.partneracademy.live;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReminderRepository extends GenericRepository<Registration, Long> {

    @Query("""
            SELECT r.* FROM live_registration r JOIN live_session s ON s.id = r.session_id
            WHERE r.status = 'REGISTERED' AND s.status = 'SCHEDULED' AND r.reminded_day_at IS NULL
              AND s.starts_at > :now AND s.starts_at <= DATE_ADD(:now, INTERVAL 24 HOUR)
              AND s.starts_at > DATE_ADD(:now, INTERVAL 1 HOUR)
              AND r.registered_at <= DATE_SUB(s.starts_at, INTERVAL 24 HOUR)
            ORDER BY r.id LIMIT 500 FOR UPDATE SKIP LOCKED""")
    List<Registration> claimDayBefore(Instant now);

    @Query("""
            SELECT r.* FROM live_registration r JOIN live_session s ON s.id = r.session_id
            WHERE r.status = 'REGISTERED' AND s.status = 'SCHEDULED' AND r.reminded_hour_at IS NULL
              AND s.starts_at > :now AND s.starts_at <= DATE_ADD(:now, INTERVAL 1 HOUR)
              AND r.registered_at <= DATE_SUB(s.starts_at, INTERVAL 1 HOUR)
            ORDER BY r.id LIMIT 500 FOR UPDATE SKIP LOCKED""")
    List<Registration> claimHourBefore(Instant now);

    @Query("UPDATE live_registration SET reminded_day_at = :at WHERE id = :id")
    void stampDay(long id, Instant at);

    @Query("UPDATE live_registration SET reminded_hour_at = :at WHERE id = :id")
    void stampHour(long id, Instant at);
}
