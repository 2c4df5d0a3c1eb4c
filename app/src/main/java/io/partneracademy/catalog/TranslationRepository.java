package io.partneracademy.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Translations of course versions and their lessons. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TranslationRepository extends GenericRepository<Course, String> {

    @Query("""
            INSERT INTO course_translation (course_id, version, language, title, summary, module_titles,
                source_fingerprint, outdated)
            VALUES (:courseId, :version, :language, :title, :summary, :moduleTitles, :sourceFingerprint, :outdated)""")
    void insertCourse(String courseId, int version, String language, String title, String summary,
                      String moduleTitles, String sourceFingerprint, boolean outdated);

    @Query("""
            INSERT INTO lesson_translation (course_id, version, lesson_id, language, title, objectives, body_markdown,
                source_fingerprint, outdated)
            VALUES (:courseId, :version, :lessonId, :language, :title, :objectives, :bodyMarkdown, :sourceFingerprint,
                :outdated)""")
    void insertLesson(String courseId, int version, String lessonId, String language, String title, String objectives,
                      String bodyMarkdown, String sourceFingerprint, boolean outdated);

    @Query("""
            SELECT language, title, summary, module_titles, source_fingerprint, outdated FROM course_translation
            WHERE course_id = :courseId AND version = :version ORDER BY language""")
    List<CourseTranslationRow> findCourses(String courseId, int version);

    @Query("""
            SELECT language, title, summary, module_titles, source_fingerprint, outdated FROM course_translation
            WHERE course_id = :courseId AND version = :version AND language = :language""")
    Optional<CourseTranslationRow> findCourse(String courseId, int version, String language);

    @Query("""
            SELECT lesson_id, language, title, objectives, body_markdown, source_fingerprint, outdated
            FROM lesson_translation WHERE course_id = :courseId AND version = :version ORDER BY lesson_id, language""")
    List<LessonTranslationRow> findLessons(String courseId, int version);

    @Query("""
            SELECT lesson_id, language, title, objectives, body_markdown, source_fingerprint, outdated
            FROM lesson_translation WHERE course_id = :courseId AND version = :version AND language = :language""")
    List<LessonTranslationRow> findLessons(String courseId, int version, String language);

    /** A stored course translation. */
    @Introspected
    record CourseTranslationRow(String language, String title, String summary, String moduleTitles,
                                String sourceFingerprint, boolean outdated) {

        java.util.Map<String, String> moduleTitleMap() {
            java.util.Map<String, String> titles = new java.util.TreeMap<>();
            for (String line : moduleTitles.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    titles.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return titles;
        }
    }

    /** A stored lesson translation. */
    @Introspected
    record LessonTranslationRow(String lessonId, String language, String title, String objectives, String bodyMarkdown,
                                String sourceFingerprint, boolean outdated) {

        List<String> objectiveList() {
            return objectives.isEmpty() ? List.of() : List.of(objectives.split("\n"));
        }
    }
}
