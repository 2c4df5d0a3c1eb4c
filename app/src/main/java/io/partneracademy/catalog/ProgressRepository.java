package io.partneracademy.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
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
}
