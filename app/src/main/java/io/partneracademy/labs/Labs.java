package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a learner does in a lab track: start it, answer, upload, attest. Each result is recorded at once. */
@Singleton
public class Labs {

    private final Tracks tracks;
    private final ProgressRepository progress;
    private final SubmissionRepository submissions;
    private final Completion completion;
    private final ArtifactStore store;
    private final Clock clock;

    Labs(Tracks tracks, ProgressRepository progress, SubmissionRepository submissions, Completion completion,
         ArtifactStore store, Clock clock) {
        this.tracks = tracks;
        this.progress = progress;
        this.submissions = submissions;
        this.completion = completion;
        this.store = store;
        this.clock = clock;
    }

    /** Starts the track for the learner (again is harmless). */
    @Transactional
    public void start(CurrentUser user, String trackId) {
        tracks.current(trackId);
        progress.start(user.id(), trackId, clock.instant());
    }

    /** Checks an answer right away and records it; returns true when it is right. */
    @Transactional
    public boolean answer(CurrentUser user, String trackId, String taskId, @Nullable String answer) {
        LoadedTrack track = lockedTrack(user, trackId);
        TaskRow task = open(user, track, taskId, LabTrackSpec.CheckType.ANSWER);
        String value = answer == null ? "" : answer;
        if (value.isBlank() || value.length() > AnswerCheck.MAX_LENGTH) {
            throw new TaskStateException("labs.answer.invalid", AnswerCheck.MAX_LENGTH);
        }
        boolean right = AnswerCheck.accepts(task.check(), value);
        record(user, track, taskId, SubmissionKind.ANSWER, value, null,
                right ? SubmissionStatus.PASSED : SubmissionStatus.FAILED);
        if (right) {
            completion.taskDone(user.id(), trackId, taskId);
        }
        return right;
    }

    /** Records that the learner did the task; done at once unless the task needs a reviewer's sign-off. */
    @Transactional
    public void attest(CurrentUser user, String trackId, String taskId) {
        LoadedTrack track = lockedTrack(user, trackId);
        TaskRow task = open(user, track, taskId, LabTrackSpec.CheckType.ATTEST);
        boolean review = task.reviewed();
        record(user, track, taskId, SubmissionKind.ATTEST, null, null,
                review ? SubmissionStatus.PENDING : SubmissionStatus.PASSED);
        if (!review) {
            completion.taskDone(user.id(), trackId, taskId);
        }
    }

    /**
     * Streams an artifact to storage and queues it for review. A refused upload (size, type) throws and leaves
     * neither a file nor a row; the client's file name is kept only as a label for the download.
     */
    public long upload(CurrentUser user, String trackId, String taskId, InputStream in, @Nullable String clientName) {
        LoadedTrack track = tracks.current(trackId);
        TaskRow task = open(user, track, taskId, LabTrackSpec.CheckType.ARTIFACT);
        ArtifactStore.Stored stored = store.receive(in, task.maxBytes(), task.fileTypes());
        try {
            return recordArtifact(user, trackId, taskId, stored, FileNames.label(clientName, stored.type()));
        } catch (RuntimeException e) {
            store.delete(stored.key());
            throw e;
        }
    }

    @Transactional
    long recordArtifact(CurrentUser user, String trackId, String taskId, ArtifactStore.Stored stored, String label) {
        LoadedTrack track = lockedTrack(user, trackId);
        open(user, track, taskId, LabTrackSpec.CheckType.ARTIFACT);
        return record(user, track, taskId, SubmissionKind.ARTIFACT, null,
                new FileInfo(stored.key(), label, stored.type().contentType(), stored.size()), SubmissionStatus.PENDING);
    }

    /** The learner's own submission (for the download of their own file). */
    public Submission own(CurrentUser user, long submissionId) {
        return submissions.findByIdAndUserId(submissionId, user.id()).orElseThrow(SubmissionNotFoundException::new);
    }

    /** The track in force, started for the learner, with their enrolment row locked for this transaction. */
    private LoadedTrack lockedTrack(CurrentUser user, String trackId) {
        LoadedTrack track = tracks.current(trackId);
        progress.start(user.id(), trackId, clock.instant());
        progress.lock(user.id(), trackId);
        return track;
    }

    private TaskRow open(CurrentUser user, LoadedTrack track, String taskId, LabTrackSpec.CheckType type) {
        TaskRow task = track.task(taskId);
        if (task.type() != type) {
            throw new LabTaskNotFoundException(taskId);
        }
        Set<String> done = new HashSet<>(progress.findCompletedTaskIds(user.id(), track.id()));
        if (done.contains(taskId)) {
            throw new TaskStateException("labs.task.already-done");
        }
        track.blockedBy(taskId, done).ifPresent(t -> {
            throw new TaskStateException("labs.task.locked", t.title());
        });
        if (submissions.countPending(user.id(), track.id(), taskId) > 0) {
            throw new TaskStateException("labs.task.pending");
        }
        return task;
    }

    private long record(CurrentUser user, LoadedTrack track, String taskId, SubmissionKind kind, @Nullable String answer,
                        @Nullable FileInfo file, SubmissionStatus status) {
        Instant now = clock.instant();
        Submission saved = submissions.save(new Submission(null, user.id(), track.id(), track.version().version(),
                taskId, kind, answer, file == null ? null : file.key(), file == null ? null : file.label(),
                file == null ? null : file.contentType(), file == null ? null : file.size(), status, now,
                null, null, null));
        return saved.id();
    }

    /** A stored upload's metadata. */
    private record FileInfo(String key, String label, String contentType, long size) {
    }

    /** Ids of the tracks the person has completed, among the given ones. */
    List<String> completed(long userId, java.util.Collection<String> trackIds) {
        return trackIds.isEmpty() ? List.of() : progress.findCompletedTrackIds(userId, trackIds);
    }
}
