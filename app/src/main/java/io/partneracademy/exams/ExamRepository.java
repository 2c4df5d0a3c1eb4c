package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ExamRepository extends CrudRepository<Exam, String> {

    @Query("SELECT * FROM exam_version WHERE exam_id = :examId AND version = :version")
    Optional<ExamVersionRow> findVersion(String examId, int version);

    @Query("SELECT v.* FROM exam_version v JOIN exam e ON e.id = v.exam_id AND e.current_version = v.version ORDER BY v.title")
    List<ExamVersionRow> findCurrentVersions();

    @Query("SELECT * FROM exam_version WHERE exam_id = :examId ORDER BY version DESC")
    List<ExamVersionRow> findVersions(String examId);

    @Query("""
            SELECT COALESCE(files_hash, content_hash) FROM exam_version WHERE exam_id = :examId AND source = 'FILE'
            ORDER BY version DESC LIMIT 1""")
    Optional<String> findLastFileHash(String examId);

    /** The files' hash of a version imported with browser-saved translations kept over them (ADR 0050). */
    @Query("UPDATE exam_version SET files_hash = :filesHash WHERE exam_id = :examId AND version = :version")
    void updateFilesHash(String examId, int version, String filesHash);

    @Query("UPDATE exam_version SET source = :source WHERE exam_id = :examId AND version = :version")
    void updateSource(String examId, int version, String source);

    /** Locks the exam's row until the transaction ends, so two browser saves publish one after the other. */
    @Query("SELECT current_version FROM exam WHERE id = :examId FOR UPDATE")
    Optional<Integer> lockCurrentVersion(String examId);

    @Query("SELECT COUNT(*) FROM exam_version WHERE exam_id = :examId")
    int countVersions(String examId);

    @Query("""
            INSERT INTO exam_version (exam_id, version, content_hash, title, time_limit_minutes, pass_mark_percent,
                mode, navigation, multi_scoring, max_attempts, period_days, cooldown_hours, opens_at, closes_at,
                blueprint_json, published_at)
            VALUES (:examId, :version, :contentHash, :title, :timeLimitMinutes, :passMarkPercent, :mode, :navigation,
                :multiScoring, :maxAttempts, :periodDays, :cooldownHours, :opensAt, :closesAt, :blueprintJson,
                :publishedAt)""")
    void insertVersion(String examId, int version, String contentHash, String title, int timeLimitMinutes,
                       int passMarkPercent, String mode, String navigation, String multiScoring, int maxAttempts,
                       int periodDays, int cooldownHours, @Nullable Instant opensAt, @Nullable Instant closesAt,
                       String blueprintJson, Instant publishedAt);

    @Query("""
            INSERT INTO exam_question (exam_id, version, question_id, section, difficulty, type, stem, options_json,
                correct_ids, explanation, item_json)
            VALUES (:examId, :version, :questionId, :section, :difficulty, :type, :stem, :optionsJson, :correctIds,
                :explanation, :itemJson)""")
    void insertQuestion(String examId, int version, String questionId, String section, String difficulty,
                        String type, String stem, String optionsJson, String correctIds, String explanation,
                        @Nullable String itemJson);

    @Query("""
            SELECT question_id, section, difficulty, type, stem, options_json, correct_ids, explanation, item_json
            FROM exam_question WHERE exam_id = :examId AND version = :version ORDER BY question_id""")
    List<QuestionRow> findQuestions(String examId, int version);
}
