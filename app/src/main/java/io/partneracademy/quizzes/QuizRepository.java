package io.partneracademy.quizzes;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuizRepository extends CrudRepository<QuizRow, Long> {

    Optional<QuizRow> findByCourseIdAndQuizId(String courseId, String quizId);

    List<QuizRow> findByCourseIdOrderByQuizId(String courseId);
}
