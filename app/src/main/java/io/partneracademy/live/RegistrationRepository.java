package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RegistrationRepository extends CrudRepository<Registration, Long> {

    Optional<Registration> findBySessionIdAndUserId(long sessionId, long userId);

    @Query("SELECT COUNT(*) FROM live_registration WHERE session_id = :sessionId AND status = 'REGISTERED'")
    int countRegistered(long sessionId);

    @Query("SELECT COUNT(*) FROM live_registration WHERE session_id = :sessionId AND status = 'WAITLISTED'")
    int countWaitlisted(long sessionId);

    @Query("""
            SELECT COUNT(*) FROM live_registration
            WHERE session_id = :sessionId AND status = 'WAITLISTED' AND seq <= :seq""")
    int placeInLine(long sessionId, long seq);

    @Query("""
            SELECT * FROM live_registration WHERE session_id = :sessionId AND status = :status
            ORDER BY seq""")
    List<Registration> findInLine(long sessionId, RegistrationStatus status);

    @Query("""
            SELECT * FROM live_registration WHERE user_id = :userId AND status IN ('REGISTERED', 'WAITLISTED')""")
    List<Registration> findActiveByUser(long userId);

    List<Registration> findBySessionId(long sessionId);

    @Query("""
            UPDATE live_registration SET status = :status, seq = :seq, changed_at = :at WHERE id = :id""")
    void place(long id, RegistrationStatus status, long seq, Instant at);

    /** The next iCalendar sequence offset for this person's calendar entry of the session. */
    @Query("UPDATE live_registration SET invite_seq = invite_seq + 1 WHERE session_id = :sessionId AND user_id = :userId")
    void advanceInviteSeq(long sessionId, long userId);

    @Query("SELECT invite_seq FROM live_registration WHERE session_id = :sessionId AND user_id = :userId")
    int inviteSeq(long sessionId, long userId);

    @Query("""
            SELECT DISTINCT s.course_id FROM live_registration r JOIN live_session s ON s.id = r.session_id
            WHERE r.user_id = :userId AND r.attended = TRUE AND s.course_id IN (:courseIds)""")
    List<String> findAttendedCourses(long userId, java.util.Collection<String> courseIds);

    /** The courses among courseIds in whose sessions any of the people were recorded as attended. */
    @Query("""
            SELECT DISTINCT r.user_id, s.course_id AS ref_id FROM live_registration r JOIN live_session s ON s.id = r.session_id
            WHERE r.user_id IN (:userIds) AND r.attended = TRUE AND s.course_id IN (:courseIds)""")
    List<CourseDone> findAttendedCourses(java.util.Collection<Long> userIds, java.util.Collection<String> courseIds);

    @io.micronaut.core.annotation.Introspected
    record CourseDone(long userId, String refId) {
    }

    @Query("UPDATE live_registration SET status = :status, changed_at = :at WHERE id = :id")
    void changeStatus(long id, RegistrationStatus status, Instant at);

    @Query("""
            UPDATE live_registration SET attended = :attended, attended_minutes = :minutes, attendance_at = :at
            WHERE id = :id""")
    void markAttendance(long id, boolean attended, @Nullable Integer minutes, Instant at);

    /**
     * Registrations of these people (or everyone's) changed after (at, afterId), in (change, id) order: a change of
     * the registration, its attendance or its session.
     */
    @Query("""
            SELECT r.id AS registration_id, r.session_id, s.title AS session_title, s.course_id, s.path_id,
                   s.starts_at, s.ends_at, s.status AS session_status, r.user_id, r.status, r.attended,
                   r.attended_minutes,
                   GREATEST(r.changed_at, COALESCE(r.attendance_at, r.changed_at), s.updated_at) AS changed_at
            FROM live_registration r JOIN live_session s ON s.id = r.session_id
            WHERE (:everyone = TRUE OR r.user_id IN (:userIds))
              AND (GREATEST(r.changed_at, COALESCE(r.attendance_at, r.changed_at), s.updated_at) > :at
                   OR GREATEST(r.changed_at, COALESCE(r.attendance_at, r.changed_at), s.updated_at) = :at
                      AND r.id > :afterId)
            ORDER BY changed_at, r.id
            LIMIT :limit""")
    List<SeatRow> findChanged(boolean everyone, java.util.Collection<Long> userIds, Instant at, long afterId, int limit);

    /** Registrations per session and status, for the sessions feed's seat counts. */
    @Query("""
            SELECT session_id, status, COUNT(*) AS people FROM live_registration
            WHERE session_id IN (:sessionIds) GROUP BY session_id, status""")
    List<SessionCount> countByStatus(java.util.Collection<Long> sessionIds);
}
