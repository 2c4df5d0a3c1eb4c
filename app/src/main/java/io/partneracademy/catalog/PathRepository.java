package io.partneracademy.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PathRepository extends CrudRepository<LearningPath, String> {

    @Query("SELECT ref_id FROM path_requirement WHERE path_id = :pathId AND kind = :kind ORDER BY position")
    List<String> findRequirements(String pathId, RequirementKind kind);

    @Query("DELETE FROM path_requirement WHERE path_id = :pathId")
    void deleteRequirements(String pathId);

    @Query("INSERT INTO path_requirement (path_id, kind, ref_id, position) VALUES (:pathId, :kind, :refId, :position)")
    void addRequirement(String pathId, RequirementKind kind, String refId, int position);

    @Query("INSERT IGNORE INTO path_enrolment (user_id, path_id, enrolled_at) VALUES (:userId, :pathId, :at)")
    void enrol(long userId, String pathId, Instant at);

    @Query("SELECT path_id FROM path_enrolment WHERE user_id = :userId")
    List<String> findEnrolledPathIds(long userId);

    @Query("SELECT DISTINCT path_id FROM path_requirement WHERE kind = :kind AND ref_id = :refId")
    List<String> findPathsRequiring(RequirementKind kind, String refId);

    @Query("SELECT id FROM learning_path WHERE exam_id = :examId")
    List<String> findPathsWithExam(String examId);

    @Query("SELECT id FROM learning_path WHERE prerequisite_id = :pathId")
    List<String> findPathsAfter(String pathId);
}
