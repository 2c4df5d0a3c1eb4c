package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SubmissionRepository extends CrudRepository<Submission, Long> {

    List<Submission> findByUserIdAndTrackIdOrderBySubmittedAtDesc(long userId, String trackId);

    Optional<Submission> findByIdAndUserId(long id, long userId);

    @Query("SELECT * FROM lab_submission WHERE status = 'PENDING' ORDER BY submitted_at, id")
    List<Submission> findPending();

    @Query("SELECT * FROM lab_submission WHERE status = 'PENDING' ORDER BY submitted_at, id LIMIT :limit")
    List<Submission> findOldestPending(int limit);

    @Query("SELECT COUNT(*) FROM lab_submission WHERE status = 'PENDING'")
    int countPending();

    @Query("""
            SELECT COUNT(*) FROM lab_submission
            WHERE user_id = :userId AND track_id = :trackId AND task_id = :taskId AND status = 'PENDING'""")
    int countPending(long userId, String trackId, String taskId);

    /** Records a decision; 0 when someone else decided first. */
    @Query("""
            UPDATE lab_submission SET status = :status, reviewer_id = :reviewerId, reviewed_at = :at, feedback = :feedback
            WHERE id = :id AND status = 'PENDING'""")
    int decide(long id, String status, long reviewerId, Instant at, @Nullable String feedback);
}
