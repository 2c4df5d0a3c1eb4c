package io.partneracademy.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LiveSessionRepository extends CrudRepository<LiveSession, Long> {

    /** Serialises everything that changes who holds a seat in this session. */
    @Query("SELECT id FROM live_session WHERE id = :id FOR UPDATE")
    Optional<Long> lock(long id);

    @Query("UPDATE live_session SET registration_seq = registration_seq + 1 WHERE id = :id")
    void advanceSeq(long id);

    @Query("SELECT registration_seq FROM live_session WHERE id = :id")
    long currentSeq(long id);

    @Query("SELECT * FROM live_session WHERE ends_at > :now ORDER BY starts_at, id")
    List<LiveSession> findNotEndedBy(Instant now);

    /** Sessions starting at or after {@code from} and before {@code to} (a month of the learner's calendar). */
    @Query("SELECT * FROM live_session WHERE starts_at >= :from AND starts_at < :to ORDER BY starts_at, id")
    List<LiveSession> findStartingBetween(Instant from, Instant to);

    @Query("SELECT * FROM live_session WHERE series_id = :seriesId AND starts_at >= :from ORDER BY starts_at, id")
    List<LiveSession> findSeriesFrom(long seriesId, Instant from);

    /** Which occurrence of its file's rule a session is (the column is only read and written here, not mapped). */
    @Query("UPDATE live_session SET source_key = :key WHERE id = :id")
    void setSourceKey(long id, String key);

    @Query("SELECT id, source_key FROM live_session WHERE series_id = :seriesId")
    List<SourceKey> findSourceKeys(long seriesId);

    /** A session's occurrence key, null for one made before keys were stored. */
    @io.micronaut.core.annotation.Introspected
    record SourceKey(long id, @io.micronaut.core.annotation.Nullable String sourceKey) {
    }

    @Query("""
            SELECT COUNT(*) FROM live_session s LEFT JOIN live_series r ON r.id = s.series_id
            WHERE r.source_id IS NULL""")
    long countPlannedInBrowser();

    @Query("SELECT * FROM live_session ORDER BY starts_at DESC, id DESC")
    List<LiveSession> findAllNewestFirst();

    @Query("SELECT * FROM live_session WHERE course_id = :courseId AND status = 'SCHEDULED'")
    List<LiveSession> findScheduledForCourse(String courseId);

    @Query("SELECT user_id FROM live_session_instructor WHERE session_id = :sessionId ORDER BY user_id")
    List<Long> findInstructorIds(long sessionId);

    @Query("DELETE FROM live_session_instructor WHERE session_id = :sessionId")
    void deleteInstructors(long sessionId);

    @Query("INSERT INTO live_session_instructor (session_id, user_id) VALUES (:sessionId, :userId)")
    void addInstructor(long sessionId, long userId);

    /** Records that who holds a seat in the session changed (its counts moved), under the session's row lock. */
    @Query("UPDATE live_session SET seats_changed_at = :at WHERE id = :id")
    void seatsChanged(long id, Instant at);

    /**
     * Sessions whose last change (their own, or of their seats) is after (at, afterId), oldest change first (the
     * API's sync order); {@code changed_at} is computed by the database (V122).
     */
    @Query("""
            SELECT id, changed_at FROM live_session
            WHERE changed_at > :at OR changed_at = :at AND id > :afterId
            ORDER BY changed_at, id LIMIT :limit""")
    List<SessionChange> findChangedAfter(Instant at, long afterId, int limit);

    List<LiveSession> findByIdIn(Collection<Long> ids);

    /** A session's id and its last change, own or of its seats. */
    @Introspected
    record SessionChange(long id, Instant changedAt) {
    }
}
