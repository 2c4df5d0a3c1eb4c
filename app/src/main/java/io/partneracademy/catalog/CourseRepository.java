package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CourseRepository extends CrudRepository<Course, String> {

    @Query("SELECT * FROM course_version WHERE course_id = :courseId AND version = :version")
    Optional<CourseVersionRow> findVersion(String courseId, int version);

    @Query("""
            SELECT v.* FROM course_version v JOIN course c ON c.id = v.course_id AND c.current_version = v.version
            ORDER BY v.title""")
    List<CourseVersionRow> findCurrentVersions();

    /** The hash of the files (or the browser's content) the course's latest version from this source was made of. */
    @Query("""
            SELECT COALESCE(files_hash, content_hash) FROM course_version WHERE course_id = :courseId AND source = :source
            ORDER BY version DESC LIMIT 1""")
    Optional<String> findLatestHash(String courseId, String source);

    @Query("SELECT COUNT(*) FROM course_version WHERE course_id = :courseId")
    int countVersions(String courseId);

    @Query("""
            INSERT INTO course_version (course_id, version, content_hash, title, summary, language, min_tier,
                partner_types, source, published_at, published_by, quiz_pass_mark, files_hash)
            VALUES (:courseId, :version, :contentHash, :title, :summary, :language, :minTier, :partnerTypes,
                :source, :publishedAt, :publishedBy, :quizPassMark, :filesHash)""")
    void insertVersion(String courseId, int version, String contentHash, String title, String summary,
                       String language, @Nullable String minTier, @Nullable String partnerTypes, String source,
                       Instant publishedAt, @Nullable Long publishedBy, @Nullable Integer quizPassMark,
                       @Nullable String filesHash);

    @Query("INSERT INTO course_module (course_id, version, module_id, position, title) VALUES (:courseId, :version, :moduleId, :position, :title)")
    void insertModule(String courseId, int version, String moduleId, int position, String title);

    @Query("SELECT module_id, position, title FROM course_module WHERE course_id = :courseId AND version = :version ORDER BY position")
    List<ModuleRow> findModules(String courseId, int version);

    @Query("""
            INSERT INTO lesson (course_id, version, lesson_id, module_id, position, title, minutes, objectives,
                language, min_tier, partner_types, body_markdown)
            VALUES (:courseId, :version, :lessonId, :moduleId, :position, :title, :minutes, :objectives,
                :language, :minTier, :partnerTypes, :bodyMarkdown)""")
    void insertLesson(String courseId, int version, String lessonId, String moduleId, int position, String title,
                      int minutes, String objectives, String language, @Nullable String minTier,
                      @Nullable String partnerTypes, String bodyMarkdown);

    @Query("""
            SELECT lesson_id, module_id, position, title, minutes, objectives, language, min_tier, partner_types,
                body_markdown
            FROM lesson WHERE course_id = :courseId AND version = :version ORDER BY position""")
    List<LessonRow> findLessons(String courseId, int version);

    @Query("INSERT INTO course_asset (course_id, version, path, content_type, bytes) VALUES (:courseId, :version, :path, :contentType, :bytes)")
    void insertAsset(String courseId, int version, String path, String contentType, byte[] bytes);

    @Query("SELECT path, content_type, bytes FROM course_asset WHERE course_id = :courseId AND version = :version AND path = :path")
    Optional<AssetRow> findAsset(String courseId, int version, String path);

    @Query("SELECT path, content_type, bytes FROM course_asset WHERE course_id = :courseId AND version = :version ORDER BY path")
    List<AssetRow> findAssets(String courseId, int version);

    /** Locks the course row until the transaction ends, so two changes to its translations publish one after the other. */
    @Query("SELECT current_version FROM course WHERE id = :id FOR UPDATE")
    Optional<Integer> lockCurrentVersion(String id);
}
