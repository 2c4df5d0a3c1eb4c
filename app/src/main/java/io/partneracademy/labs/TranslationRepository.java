package io.partneracademy.labs;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Translations of lab track versions and their tasks (V109, V110). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TranslationRepository extends GenericRepository<LabTrack, String> {

    @Query("""
            INSERT INTO lab_track_translation (track_id, version, language, title, summary, source_fingerprint, outdated)
            VALUES (:trackId, :version, :language, :title, :summary, :sourceFingerprint, :outdated)""")
    void insertTrack(String trackId, int version, String language, String title, String summary,
                     String sourceFingerprint, boolean outdated);

    @Query("""
            INSERT INTO lab_task_translation (track_id, version, language, task_id, title, instructions, hints)
            VALUES (:trackId, :version, :language, :taskId, :title, :instructions, :hints)""")
    void insertTask(String trackId, int version, String language, String taskId, String title, String instructions,
                    String hints);

    @Query("""
            SELECT language, title, summary, source_fingerprint, outdated FROM lab_track_translation
            WHERE track_id = :trackId AND version = :version AND language = :language""")
    Optional<TrackText> findTrack(String trackId, int version, String language);

    @Query("""
            SELECT task_id, title, instructions, hints FROM lab_task_translation
            WHERE track_id = :trackId AND version = :version AND language = :language""")
    List<TaskText> findTasks(String trackId, int version, String language);

    @Query("""
            SELECT t.track_id, t.title, t.summary FROM lab_track_translation t
            JOIN lab_track l ON l.id = t.track_id AND l.current_version = t.version
            WHERE t.language = :language AND t.track_id IN (:trackIds)""")
    List<CardText> findCurrentTracks(String language, java.util.Collection<String> trackIds);

    /** The translated title and summary of a track's version in force, for its card. */
    @Introspected
    record CardText(String trackId, String title, String summary) {
    }

    /** A track version's translated title and summary. */
    @Introspected
    record TrackText(String language, String title, String summary, String sourceFingerprint, boolean outdated) {
    }

    /** A task's translated text; hints joined as the source's are ({@link LabPublisher#HINT_SEPARATOR}). */
    @Introspected
    record TaskText(String taskId, String title, String instructions, String hints) {
    }
}
