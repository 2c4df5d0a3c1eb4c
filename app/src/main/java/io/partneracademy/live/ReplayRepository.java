package io.partneracademy.live;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReplayRepository extends GenericRepository<LiveSession, Long> {

    /** Returns 1 the first time this person opens this recording, 0 after that. */
    @Query("INSERT IGNORE INTO live_recording_view (session_id, user_id, first_opened_at) VALUES (:sessionId, :userId, :at)")
    int insertIgnore(long sessionId, long userId, Instant at);

    @Query("""
            SELECT DISTINCT s.course_id FROM live_recording_view v JOIN live_session s ON s.id = v.session_id
            WHERE v.user_id = :userId AND s.course_id IN (:courseIds)""")
    List<String> findWatchedCourses(long userId, Collection<String> courseIds);

    /** The courses among courseIds of which any of the people opened a recording. */
    @Query("""
            SELECT DISTINCT v.user_id, s.course_id AS ref_id FROM live_recording_view v JOIN live_session s ON s.id = v.session_id
            WHERE v.user_id IN (:userIds) AND s.course_id IN (:courseIds)""")
    List<RegistrationRepository.CourseDone> findWatchedCourses(Collection<Long> userIds, Collection<String> courseIds);
}
