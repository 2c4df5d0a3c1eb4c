package io.partneracademy.exams;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RetiredQuestionRepository extends GenericRepository<Exam, String> {

    @Query("SELECT question_id FROM retired_question WHERE exam_id = :examId")
    List<String> findQuestionIds(String examId);

    @Query("""
            INSERT IGNORE INTO retired_question (exam_id, question_id, retired_by, retired_at)
            VALUES (:examId, :questionId, :userId, :at)""")
    int insert(String examId, String questionId, long userId, Instant at);

    @Query("DELETE FROM retired_question WHERE exam_id = :examId AND question_id = :questionId")
    int delete(String examId, String questionId);
}
