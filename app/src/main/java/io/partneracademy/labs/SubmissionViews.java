package io.partneracademy.labs;

import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.web.FileSizes;
import jakarta.inject.Singleton;

/** Turns stored submissions into what the learner's and the reviewer's pages show. */
@Singleton
class SubmissionViews {

    private final Users users;

    SubmissionViews(Users users) {
        this.users = users;
    }

    LabViews.SubmissionItem item(Submission s) {
        return new LabViews.SubmissionItem(s.id(), s.kind(), s.answer(), s.fileName(),
                s.sizeBytes() == null ? null : FileSizes.label(s.sizeBytes()), s.status(), s.submittedAt(),
                s.feedback(), s.reviewedAt(), name(s.reviewerId()));
    }

    LabViews.ReviewItem review(Submission s, LoadedTrack track, String instructionsHtml) {
        UserSummary learner = users.get(s.userId());
        String taskTitle = track.tasks().stream().filter(t -> t.taskId().equals(s.taskId())).findFirst()
                .map(TaskRow::title).orElse(s.taskId());
        return new LabViews.ReviewItem(s.id(), learner.displayName(), learner.email(), s.trackId(),
                track.version().title(), taskTitle, instructionsHtml, s.kind(), s.fileName(),
                s.sizeBytes() == null ? null : FileSizes.label(s.sizeBytes()), s.submittedAt(), s.status(),
                s.feedback(), name(s.reviewerId()), s.reviewedAt());
    }

    private String name(Long userId) {
        return userId == null ? null : users.get(userId).displayName();
    }
}
