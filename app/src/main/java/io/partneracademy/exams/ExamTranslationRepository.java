package io.partneracademy.exams;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Translated questions and titles of exam versions and the language each attempt is pinned to. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ExamTranslationRepository extends GenericRepository<Exam, String> {

    @Query("""
            INSERT INTO exam_question_translation (exam_id, version, question_id, language, stem, options_json,
                explanation, source)
            VALUES (:examId, :version, :questionId, :language, :stem, :optionsJson, :explanation, :source)""")
    void insert(String examId, int version, String questionId, String language, String stem, String optionsJson,
                String explanation, @Nullable String source);

    @Query("""
            SELECT question_id, language, stem, options_json, explanation, source FROM exam_question_translation
            WHERE exam_id = :examId AND version = :version ORDER BY question_id, language""")
    List<Row> findAll(String examId, int version);

    @Query("""
            SELECT question_id, language, stem, options_json, explanation, source FROM exam_question_translation
            WHERE exam_id = :examId AND version = :version AND question_id = :questionId AND language = :language""")
    Optional<Row> find(String examId, int version, String questionId, String language);

    @Query("SELECT DISTINCT language FROM exam_question_translation WHERE exam_id = :examId AND version = :version "
            + "ORDER BY language")
    List<String> findLanguages(String examId, int version);

    @Query("""
            INSERT INTO exam_title_translation (exam_id, version, language, title, sections_json, source)
            VALUES (:examId, :version, :language, :title, :sectionsJson, :source)""")
    void insertTitle(String examId, int version, String language, String title, String sectionsJson, String source);

    @Query("""
            SELECT language, title, sections_json, source FROM exam_title_translation
            WHERE exam_id = :examId AND version = :version ORDER BY language""")
    List<TitleRow> findTitles(String examId, int version);

    /** The first choice pins the attempt's language: a second start of the same attempt changes nothing. */
    @Query("INSERT IGNORE INTO attempt_language (attempt_id, language) VALUES (:attemptId, :language)")
    void pin(long attemptId, String language);

    @Query("SELECT language FROM attempt_language WHERE attempt_id = :attemptId")
    Optional<String> findAttemptLanguage(long attemptId);

    /** A stored translation of an exam version's title and section titles. */
    @Introspected
    record TitleRow(String language, String title, String sectionsJson, String source) {
    }

    /** A stored translated question. */
    @Introspected
    record Row(String questionId, String language, String stem, String optionsJson, String explanation,
               @Nullable String source) {
    }
}
