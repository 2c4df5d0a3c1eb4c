package io.partneracademy.live;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedRepository extends GenericRepository<LiveSession, Long> {

    @Query("INSERT IGNORE INTO live_calendar_feed (user_id, token, created_at) VALUES (:userId, :token, :at)")
    void insertIgnore(long userId, String token, Instant at);

    @Query("UPDATE live_calendar_feed SET token = :token, created_at = :at WHERE user_id = :userId")
    int replaceToken(long userId, String token, java.time.Instant at);

    @Query("SELECT token FROM live_calendar_feed WHERE user_id = :userId")
    Optional<String> findToken(long userId);

    @Query("SELECT user_id FROM live_calendar_feed WHERE token = :token")
    Optional<Long> findUser(String token);

    @Query("""
            SELECT s.* FROM live_session s JOIN live_registration r ON r.session_id = s.id
            WHERE r.user_id = :userId AND r.status = 'REGISTERED' AND s.ends_at > :since ORDER BY s.starts_at""")
    List<LiveSession> findSeats(long userId, Instant since);
}
