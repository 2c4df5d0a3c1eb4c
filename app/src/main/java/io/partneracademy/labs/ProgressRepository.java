package io.partneracademy.labs;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProgressRepository extends GenericRepository<LabTrack, String> {

    @Query("INSERT IGNORE INTO lab_enrolment (user_id, track_id, started_at) VALUES (:userId, :trackId, :at)")
    void start(long userId, String trackId, Instant at);

    /** Serialises one person's submissions to one track (two tabs, a double click) until the transaction ends. */
    @Query("SELECT track_id FROM lab_enrolment WHERE user_id = :userId AND track_id = :trackId FOR UPDATE")
    List<String> lock(long userId, String trackId);

    @Query("SELECT track_id FROM lab_enrolment WHERE user_id = :userId")
    List<String> findStartedTrackIds(long userId);

    @Query("SELECT track_id FROM lab_enrolment WHERE user_id = :userId AND completed_at IS NOT NULL")
    List<String> findCompletedTrackIds(long userId);

    @Query("SELECT track_id FROM lab_enrolment WHERE user_id = :userId AND completed_at IS NOT NULL AND track_id IN (:trackIds)")
    List<String> findCompletedTrackIds(long userId, Collection<String> trackIds);

    /** Marks the track complete; 1 only for the call that completed it, so the event is published once. */
    @Query("UPDATE lab_enrolment SET completed_at = :at WHERE user_id = :userId AND track_id = :trackId AND completed_at IS NULL")
    int complete(long userId, String trackId, Instant at);

    @Query("INSERT IGNORE INTO lab_task_progress (user_id, track_id, task_id, completed_at) VALUES (:userId, :trackId, :taskId, :at)")
    void completeTask(long userId, String trackId, String taskId, Instant at);

    @Query("SELECT task_id FROM lab_task_progress WHERE user_id = :userId AND track_id = :trackId")
    List<String> findCompletedTaskIds(long userId, String trackId);

    /** The completed tracks among trackIds of any of the people, for pages and reports over many people. */
    @Query("""
            SELECT user_id, track_id AS ref_id FROM lab_enrolment
            WHERE user_id IN (:userIds) AND track_id IN (:trackIds) AND completed_at IS NOT NULL""")
    List<Done> findCompletedTracks(Collection<Long> userIds, Collection<String> trackIds);

    /** The tasks any of the people did in any of the tracks (of any version: callers keep the current ones). */
    @Query("""
            SELECT user_id, track_id, task_id FROM lab_task_progress
            WHERE user_id IN (:userIds) AND track_id IN (:trackIds)""")
    List<DoneTask> findCompletedTasks(Collection<Long> userIds, Collection<String> trackIds);

    @Introspected
    record Done(long userId, String refId) {
    }

    @Introspected
    record DoneTask(long userId, String trackId, String taskId) {
    }
}
