package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.markdown.MarkdownRenderer;
import io.partneracademy.web.FileSizes;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Builds the learner's lab pages; reads only. */
@Singleton
public class LabPages {

    private final Tracks tracks;
    private final LabStatus status;
    private final ProgressRepository progress;
    private final SubmissionRepository submissions;
    private final SubmissionViews views;
    private final MarkdownRenderer markdown;

    LabPages(Tracks tracks, LabStatus status, ProgressRepository progress, SubmissionRepository submissions,
             SubmissionViews views, MarkdownRenderer markdown) {
        this.tracks = tracks;
        this.status = status;
        this.progress = progress;
        this.submissions = submissions;
        this.views = views;
        this.markdown = markdown;
    }

    /** Every published track with the viewer's progress, titles and summaries in the reader's language where translated. */
    public List<LabViews.TrackCard> list(CurrentUser user, @Nullable Locale reader) {
        return status.all(user.id(), reader);
    }

    /** A track's outline with the state of each task. */
    public LabViews.TrackPage track(CurrentUser user, String trackId) {
        return track(user, trackId, null);
    }

    /** A track's outline with the state of each task, in the reader's language where translated. */
    public LabViews.TrackPage track(CurrentUser user, String trackId, @Nullable Locale reader) {
        LoadedTrack track = tracks.current(trackId, reader);
        LabViews.TrackCard source = status.cards(user.id(), List.of(trackId)).get(0);
        LabViews.TrackCard card = new LabViews.TrackCard(source.id(), track.version().title(),
                track.version().summary(), track.content().shown(), source.pathId(), source.tasks(), source.completed(), source.started(),
                source.done());
        Set<String> done = new HashSet<>(progress.findCompletedTaskIds(user.id(), trackId));
        List<Submission> history = submissions.findByUserIdAndTrackIdOrderBySubmittedAtDesc(user.id(), trackId);
        List<LabViews.TaskItem> items = track.tasks().stream()
                .map(t -> new LabViews.TaskItem(t.taskId(), t.title(), t.checkType(), state(track, t, done, history)))
                .toList();
        return new LabViews.TrackPage(card, track.version().sequential(), track.version().version(), items,
                track.content());
    }

    /** One task: instructions, hints, the form for its check, and the learner's submissions. */
    public LabViews.TaskPage task(CurrentUser user, String trackId, String taskId) {
        return task(user, trackId, taskId, null);
    }

    /** One task in the reader's language where translated. */
    public LabViews.TaskPage task(CurrentUser user, String trackId, String taskId, @Nullable Locale reader) {
        LoadedTrack track = tracks.current(trackId, reader);
        TaskRow task = track.task(taskId);
        Set<String> done = new HashSet<>(progress.findCompletedTaskIds(user.id(), trackId));
        List<Submission> history = submissions.findByUserIdAndTrackIdOrderBySubmittedAtDesc(user.id(), trackId);
        int index = track.tasks().indexOf(task);
        LabViews.Place place = new LabViews.Place(index + 1, track.tasks().size(),
                index > 0 ? track.tasks().get(index - 1).taskId() : null,
                index + 1 < track.tasks().size() ? track.tasks().get(index + 1).taskId() : null);
        LabViews.Instructions instructions = new LabViews.Instructions(markdown.render(task.instructions()),
                task.hintList().stream().map(h -> markdown.render(h)).toList());
        LabViews.Check check = new LabViews.Check(task.checkType(), task.fileTypes().stream().map(FileType::label).toList(),
                task.maxBytes() == null ? null : FileSizes.label(task.maxBytes()), task.reviewed());
        return new LabViews.TaskPage(trackId, track.version().title(), task.taskId(), task.title(), place, instructions,
                check, state(track, task, done, history), track.blockedBy(taskId, done).map(TaskRow::title).orElse(null),
                history.stream().filter(s -> s.taskId().equals(taskId)).map(views::item).toList(), track.content());
    }

    private static TaskState state(LoadedTrack track, TaskRow task, Set<String> done, List<Submission> history) {
        if (done.contains(task.taskId())) {
            return TaskState.DONE;
        }
        Optional<Submission> latest = history.stream().filter(s -> s.taskId().equals(task.taskId())).findFirst();
        if (latest.isPresent() && latest.get().pending()) {
            return TaskState.PENDING;
        }
        if (track.blockedBy(task.taskId(), done).isPresent()) {
            return TaskState.LOCKED;
        }
        return latest.isPresent() && latest.get().status() == SubmissionStatus.FAILED ? TaskState.FAILED : TaskState.OPEN;
    }
}
