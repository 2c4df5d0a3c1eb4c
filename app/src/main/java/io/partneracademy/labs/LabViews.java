package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.CatalogViews;
import io.partneracademy.web.ContentText;

import java.time.Instant;
import java.util.List;

/** The view models of the lab pages. Nothing here ever carries a task's expected answer. */
public final class LabViews {

    private LabViews() {
    }

    /** A track in a list, with the viewer's progress; {@code language} is the language its title and summary are in. */
    public record TrackCard(String id, String title, String summary, String language, String pathId, int tasks,
                            int completed, boolean started, boolean done) {

        public int percent() {
            return percent(tasks, completed);
        }

        /** Done tasks of a track in percent, as its card shows them. */
        static int percent(int tasks, int completed) {
            return tasks == 0 ? 0 : Math.min(100, completed * 100 / tasks);
        }
    }

    /** A task in the track outline. */
    public record TaskItem(String id, String title, String type, TaskState state) {
    }

    /** The track page. */
    public record TrackPage(TrackCard card, boolean sequential, int version, List<TaskItem> tasks,
                            CatalogViews.ContentLanguage content) {
    }

    /** One of the learner's submissions for a task, newest first. */
    public record SubmissionItem(long id, SubmissionKind kind, @Nullable String answer, @Nullable String fileName,
                                 @Nullable String size, SubmissionStatus status, Instant submittedAt,
                                 @Nullable String feedback, @Nullable Instant reviewedAt, @Nullable String reviewer) {
    }

    /** The task page: instructions, the check's form, what happened so far, and the language its text is in. */
    public record TaskPage(String trackId, String trackTitle, String id, String title, Place place,
                           Instructions instructions, Check check, TaskState state, @Nullable String lockedBy,
                           List<SubmissionItem> history, CatalogViews.ContentLanguage content) {

        /** The task to finish first, with the language the track is shown in, for the message that names it. */
        @Nullable
        public ContentText lockedByText() {
            return lockedBy == null ? null : new ContentText(lockedBy, content.shown());
        }
    }

    /** Where a task sits in its track: its number of how many, and its neighbours (null at either end). */
    public record Place(int number, int total, @Nullable String previousId, @Nullable String nextId) {
    }

    /** A task's instructions and hints, rendered from Markdown. */
    public record Instructions(String html, List<String> hintsHtml) {
    }

    /** How a task is checked: its check type, the files it takes (up to a size), and whether a reviewer decides. */
    public record Check(String type, List<String> fileTypes, @Nullable String maxSize, boolean needsReview) {
    }

    /** How many submissions wait for a decision, and the oldest few. */
    public record ReviewQueue(int count, List<ReviewItem> oldest) {
    }

    /** A submission waiting in (or decided from) the reviewers' queue. */
    public record ReviewItem(long id, String learner, String learnerEmail, String trackId, String trackTitle,
                             String taskTitle, String taskInstructionsHtml, SubmissionKind kind, @Nullable String fileName,
                             @Nullable String size, Instant submittedAt, SubmissionStatus status, @Nullable String feedback,
                             @Nullable String reviewer, @Nullable Instant reviewedAt) {
    }
}
