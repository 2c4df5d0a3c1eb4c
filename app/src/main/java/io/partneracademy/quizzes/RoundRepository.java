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

    /** A stored answer and its mark from 0 to 1. */
    @Introspected
    record Answer(String questionId, String answer, BigDecimal score) {
    }
}
