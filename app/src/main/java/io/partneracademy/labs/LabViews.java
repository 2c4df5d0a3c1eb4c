package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.CatalogViews;

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
            return tasks == 0 ? 0 : Math.min(100, completed * 100 / tasks);
        }
    }

    /** A task in the track outline; state is DONE, PENDING, FAILED, LOCKED or OPEN. */
    public record TaskItem(String id, String title, String type, String state) {
    }

    /** The track page. */
    public record TrackPage(TrackCard card, boolean sequential, int version, List<TaskItem> tasks,
                            CatalogViews.ContentLanguage content) {
    }

    /** One of the learner's submissions for a task, newest first. */
    public record SubmissionItem(long id, String kind, @Nullable String answer, @Nullable String fileName,
                                 @Nullable String size, String status, Instant submittedAt, @Nullable String feedback,
                                 @Nullable Instant reviewedAt, @Nullable String reviewer) {
    }

    /** The task page: instructions, the check's form, and what happened so far. */
    public record TaskPage(String trackId, String trackTitle, String id, String title, int number, int total,
                           String instructionsHtml, List<String> hintsHtml, String type, List<String> fileTypes,
                           @Nullable String maxSize, boolean needsReview, String state, @Nullable String lockedBy,
                           List<SubmissionItem> history, @Nullable String previousId, @Nullable String nextId,
                           CatalogViews.ContentLanguage content) {
    }

    /** A submission waiting in (or decided from) the reviewers' queue. */
    /** How many submissions wait for a decision, and the oldest few. */
    public record ReviewQueue(int count, List<ReviewItem> oldest) {
    }

    public record ReviewItem(long id, String learner, String learnerEmail, String trackId, String trackTitle,
                             String taskTitle, String taskInstructionsHtml, String kind, @Nullable String fileName,
                             @Nullable String size, Instant submittedAt, String status, @Nullable String feedback,
                             @Nullable String reviewer, @Nullable Instant reviewedAt) {
    }
}
