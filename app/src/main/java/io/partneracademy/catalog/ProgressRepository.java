package io.partneracademy.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProgressRepository extends GenericRepository<Course, String> {

    @Query("INSERT IGNORE INTO course_enrolment (user_id, course_id, enrolled_at) VALUES (:userId, :courseId, :at)")
    void enrol(long userId, String courseId, Instant at);

    @Query("SELECT course_id FROM course_enrolment WHERE user_id = :userId")
    List<String> findEnrolledCourseIds(long userId);

    /** The person's courses, the one whose lesson they opened last first; courses never opened after, newest enrolment first. */
    @Query("""
            SELECT course_id FROM course_enrolment WHERE user_id = :userId
            ORDER BY last_visited_at IS NULL, last_visited_at DESC, enrolled_at DESC, course_id""")
    List<String> findEnrolledCourseIdsByRecency(long userId);

    @Query("UPDATE course_enrolment SET last_lesson_id = :lessonId, last_visited_at = :at WHERE user_id = :userId AND course_id = :courseId")
    void visit(long userId, String courseId, String lessonId, Instant at);

    @Query("SELECT last_lesson_id FROM course_enrolment WHERE user_id = :userId AND course_id = :courseId AND last_lesson_id IS NOT NULL")
    Optional<String> findLastLesson(long userId, String courseId);

    @Query("INSERT IGNORE INTO lesson_progress (user_id, course_id, lesson_id, completed_at) VALUES (:userId, :courseId, :lessonId, :at)")
    void complete(long userId, String courseId, String lessonId, Instant at);

    @Query("SELECT lesson_id FROM lesson_progress WHERE user_id = :userId AND course_id = :courseId")
    List<String> findCompletedLessonIds(long userId, String courseId);

    /** The lessons done by any of the people in any of the courses, for pages that show many people at once. */
    @Query("""
            SELECT user_id, course_id, lesson_id FROM lesson_progress
            WHERE user_id IN (:userIds) AND course_id IN (:courseIds)""")
    List<DoneLesson> findCompletedLessons(Collection<Long> userIds, Collection<String> courseIds);

    /** Records the course as complete; a second call (or a second node) changes nothing. */
    @Query("""
            INSERT IGNORE INTO course_completion (user_id, course_id, course_version, completed_at)
            VALUES (:userId, :courseId, :version, :at)""")
    void recordCompletion(long userId, String courseId, int version, Instant at);

    @Query("SELECT course_id FROM course_completion WHERE user_id = :userId")
    List<String> findCompletedCourseIds(long userId);

    @Query("SELECT user_id, course_id FROM course_completion WHERE user_id IN (:userIds) AND course_id IN (:courseIds)")
    List<Completed> findCompletions(Collection<Long> userIds, Collection<String> courseIds);

    /** People with lesson progress in a course but no completion row: what the start-up backfill looks at. */
    @Query("""
            SELECT p.user_id, p.course_id, MAX(p.completed_at) AS last_done_at FROM lesson_progress p
            WHERE NOT EXISTS (SELECT 1 FROM course_completion c WHERE c.user_id = p.user_id AND c.course_id = p.course_id)
            GROUP BY p.user_id, p.course_id
            ORDER BY p.user_id, p.course_id""")
    List<Unrecorded> findUnrecorded();

    @Introspected
    record DoneLesson(long userId, String courseId, String lessonId) {
    }

    @Introspected
    record Completed(long userId, String courseId) {
    }

    @Introspected
    record Unrecorded(long userId, String courseId, Instant lastDoneAt) {
    }
}
