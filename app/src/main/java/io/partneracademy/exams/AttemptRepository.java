package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttemptRepository extends CrudRepository<AttemptRow, Long> {

    Optional<AttemptRow> findByIdAndUserId(Long id, long userId);

    Optional<AttemptRow> findByOpenKey(String openKey);

    List<AttemptRow> findByUserIdAndExamIdOrderByStartedAtDesc(long userId, String examId);

    List<AttemptRow> findByUserIdOrderByStartedAtDesc(long userId);

    @Query("SELECT * FROM exam_attempt WHERE id = :id FOR UPDATE")
    Optional<AttemptRow> lock(long id);

    /** Moves a closed attempt's times back (see {@link AttemptHistory}). */
    @Query("""
            UPDATE exam_attempt SET started_at = TIMESTAMPADD(SECOND, -:seconds, started_at),
                deadline = TIMESTAMPADD(SECOND, -:seconds, deadline),
                closed_at = TIMESTAMPADD(SECOND, -:seconds, closed_at)
            WHERE id = :id AND status <> 'OPEN'""")
    int moveBack(long id, long seconds);

    /** Stores a whole drawn paper in one statement (see {@link PaperRows}); MySQL 8 and MariaDB ≥ 10.6 have JSON_TABLE. */
    @Query("""
            INSERT INTO attempt_question (attempt_id, position, question_id, section, option_order)
            SELECT :attemptId, drawn.p, drawn.q, drawn.s, drawn.o
            FROM JSON_TABLE(:paper, '$[*]' COLUMNS (
                p INT PATH '$.p',
                q VARCHAR(64) PATH '$.q',
                s VARCHAR(64) PATH '$.s',
                o VARCHAR(255) PATH '$.o')) AS drawn""")
    void insertQuestions(long attemptId, String paper);

    @Query("""
            SELECT position, question_id, section, option_order, answer, flagged, answered_at
            FROM attempt_question WHERE attempt_id = :attemptId ORDER BY position""")
    List<AttemptQuestionRow> findQuestions(long attemptId);

    /**
     * The save: one statement that only touches an open attempt of this user, before deadline + grace, and in
     * sequential mode only the current question, and only option ids the question has (the answer must match
     * "id(,id)*" over the drawn option order; ids are [A-Za-z0-9_-], so they are safe inside the pattern). Answers
     * of ordering, matching and short-text questions (choice false) are checked in Java against the drawn paper
     * ({@link Answers}) before this runs. Zero rows means refused; the caller finds out why.
     */
    @Query("""
            UPDATE attempt_question q
              JOIN exam_attempt a ON a.id = q.attempt_id
              JOIN exam_version v ON v.exam_id = a.exam_id AND v.version = a.exam_version
            SET q.answer = :answer, q.flagged = :flagged, q.answered_at = :now
            WHERE a.id = :attemptId AND a.user_id = :userId AND a.status = 'OPEN'
              AND TIMESTAMPADD(SECOND, a.grace_seconds, a.deadline) >= :now
              AND q.position = :position AND (v.navigation = 'FREE' OR a.current_position = :position)
              AND (:answer IS NULL OR NOT :choice OR CAST(:answer AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin REGEXP
                   CONCAT('^(', REPLACE(q.option_order, ',', '|'), ')(,(', REPLACE(q.option_order, ',', '|'), '))*$'))""")
    int saveAnswer(long attemptId, long userId, int position, @Nullable String answer, boolean choice,
                   boolean flagged, Instant now);

    @Query("""
            UPDATE exam_attempt SET current_position = current_position + 1
            WHERE id = :attemptId AND user_id = :userId AND status = 'OPEN' AND current_position = :position
              AND TIMESTAMPADD(SECOND, grace_seconds, deadline) >= :now""")
    int advance(long attemptId, long userId, int position, Instant now);

    @Query("""
            UPDATE exam_attempt SET status = :status, open_key = NULL, closed_at = :now, score_percent = :score,
                passed = :passed, section_scores = :sections
            WHERE id = :attemptId AND status = 'OPEN'""")
    int close(long attemptId, AttemptStatus status, Instant now, BigDecimal score, boolean passed, String sections);

    @Query("UPDATE exam_attempt SET deadline = :deadline WHERE id = :attemptId AND status = 'OPEN'")
    void moveDeadline(long attemptId, Instant deadline);

    @Query("""
            SELECT id FROM exam_attempt
            WHERE status = 'OPEN' AND TIMESTAMPADD(SECOND, grace_seconds, deadline) < :now
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<Long> claimOverdue(Instant now, int limit);

    @Query("SELECT option_order FROM attempt_question WHERE attempt_id = :attemptId AND position = :position")
    Optional<String> findOptionOrder(long attemptId, int position);

    @Query("SELECT question_id FROM attempt_question WHERE attempt_id = :attemptId")
    List<String> findQuestionIds(long attemptId);

    List<AttemptRow> findByUserIdAndStatus(long userId, AttemptStatus status);

    @Query("SELECT COUNT(*) FROM outbox_event WHERE type = 'exam.passed' AND aggregate_id = :attemptId")
    int countOutbox(String attemptId);
}
