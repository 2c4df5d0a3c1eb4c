package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TrackRepository extends CrudRepository<LabTrack, String> {

    @Query("SELECT * FROM lab_track_version WHERE track_id = :trackId AND version = :version")
    Optional<TrackVersionRow> findVersion(String trackId, int version);

    @Query("""
            SELECT v.* FROM lab_track_version v JOIN lab_track t ON t.id = v.track_id AND t.current_version = v.version
            ORDER BY v.path_id, v.title""")
    List<TrackVersionRow> findCurrentVersions();

    @Query("""
            SELECT v.* FROM lab_track_version v JOIN lab_track t ON t.id = v.track_id AND t.current_version = v.version
            WHERE v.track_id IN (:trackIds)""")
    List<TrackVersionRow> findCurrentVersions(Collection<String> trackIds);

    @Query("SELECT COUNT(*) FROM lab_track_version WHERE track_id = :trackId")
    int countVersions(String trackId);

    @Query("""
            INSERT INTO lab_track_version (track_id, version, content_hash, title, summary, path_id, ordering, published_at)
            VALUES (:trackId, :version, :contentHash, :title, :summary, :pathId, :ordering, :publishedAt)""")
    void insertVersion(String trackId, int version, String contentHash, String title, String summary, String pathId,
                       String ordering, Instant publishedAt);

    @Query("""
            INSERT INTO lab_task (track_id, version, task_id, position, title, instructions, hints, check_type,
                match_mode, expected, tolerance, ignore_case, whitespace, allowed_types, max_bytes, needs_review)
            VALUES (:trackId, :version, :taskId, :position, :title, :instructions, :hints, :checkType, :matchMode,
                :expected, :tolerance, :ignoreCase, :whitespace, :allowedTypes, :maxBytes, :needsReview)""")
    void insertTask(String trackId, int version, String taskId, int position, String title, String instructions,
                    String hints, String checkType, @Nullable String matchMode, @Nullable String expected,
                    @Nullable BigDecimal tolerance, boolean ignoreCase, @Nullable String whitespace,
                    @Nullable String allowedTypes, @Nullable Long maxBytes, boolean needsReview);

    @Query("""
            SELECT task_id, position, title, instructions, hints, check_type, match_mode, expected, tolerance,
                ignore_case, whitespace, allowed_types, max_bytes, needs_review
            FROM lab_task WHERE track_id = :trackId AND version = :version ORDER BY position""")
    List<TaskRow> findTasks(String trackId, int version);
}
