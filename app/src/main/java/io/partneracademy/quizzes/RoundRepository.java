package io.partneracademy.quizzes;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoundRepository extends CrudRepository<RoundRow, Long> {

    Optional<RoundRow> findFirstByUserIdAndQuizRefOrderByIdDesc(long userId, long quizRef);

    Optional<RoundRow> findFirstByUserIdAndQuizRefAndFinishedAtIsNotNullOrderByIdDesc(long userId, long quizRef);

    @Query("SELECT * FROM quiz_round WHERE id = :id FOR UPDATE")
    Optional<RoundRow> lock(long id);

    /** The first answer counts: a second post of the same question (a double click) changes nothing. */
    @Query("""
            INSERT IGNORE INTO quiz_answer (round_id, question_id, answer, score, answered_at)
            VALUES (:roundId, :questionId, :answer, :score, :answeredAt)""")
    void answer(long roundId, String questionId, String answer, BigDecimal score, Instant answeredAt);

    @Query("SELECT question_id, answer, score FROM quiz_answer WHERE round_id = :roundId")
    List<Answer> findAnswers(long roundId);

    @Query("UPDATE quiz_round SET finished_at = :at WHERE id = :id AND finished_at IS NULL")
    void finish(long id, Instant at);

    /** Every finished round of the person in the course's quizzes, with the sum of its marks and its answer count. */
    @Query("""
            SELECT r.quiz_ref, SUM(a.score) AS marks, COUNT(*) AS answers
            FROM quiz_round r JOIN quiz_answer a ON a.round_id = r.id
            WHERE r.user_id = :userId AND r.finished_at IS NOT NULL
              AND r.quiz_ref IN (SELECT q.id FROM course_quiz q WHERE q.course_id = :courseId)
            GROUP BY r.id, r.quiz_ref""")
    List<Finished> findFinished(long userId, String courseId);

    /** A finished round of a quiz: the sum of its answers' marks and how many answers it has. */
    @Introspected
    record Finished(long quizRef, BigDecimal marks, int answers) {
    }

    /** A stored answer and its mark from 0 to 1. */
    @Introspected
    record Answer(String questionId, String answer, BigDecimal score) {
    }
}
