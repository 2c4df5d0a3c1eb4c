package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.markdown.MarkdownRenderer;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** The reviewers' queue: pending artifacts and attestations, oldest first; pass or fail with feedback. */
@Singleton
public class Reviews {

    /** Longest feedback a reviewer can write. */
    public static final int MAX_FEEDBACK = 4000;

    private final SubmissionRepository submissions;
    private final Tracks tracks;
    private final Completion completion;
    private final SubmissionViews views;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    Reviews(SubmissionRepository submissions, Tracks tracks, Completion completion, SubmissionViews views,
            MarkdownRenderer markdown, Clock clock) {
        this.submissions = submissions;
        this.tracks = tracks;
        this.completion = completion;
        this.views = views;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** Everything waiting for a decision, oldest first. */
    public List<LabViews.ReviewItem> queue() {
        return submissions.findPending().stream().map(this::item).toList();
    }

    /** The size of the queue and its oldest {@code limit} submissions, without loading the rest. */
    public LabViews.ReviewQueue waiting(int limit) {
        return new LabViews.ReviewQueue(submissions.countPending(),
                submissions.findOldestPending(limit).stream().map(this::item).toList());
    }

    /** One submission as a reviewer sees it, decided or not. */
    public LabViews.ReviewItem get(long submissionId) {
        return item(find(submissionId));
    }

    /** Passes or fails a pending submission; feedback is required to fail. Records who decided and when. */
    @Transactional
    public void decide(CurrentUser reviewer, long submissionId, boolean pass, @Nullable String feedback) {
        Submission submission = find(submissionId);
        String text = feedback == null || feedback.isBlank() ? null : feedback.strip();
        if (!pass && text == null) {
            throw new FeedbackRejectedException("labs.review.feedback-required");
        }
        if (text != null && text.length() > MAX_FEEDBACK) {
            throw new FeedbackRejectedException("labs.review.feedback-too-long");
        }
        if (submission.userId() == reviewer.id()) {
            throw new TaskStateException("labs.review.own");
        }
        int updated = submissions.decide(submissionId, (pass ? SubmissionStatus.PASSED : SubmissionStatus.FAILED).name(), reviewer.id(),
                clock.instant(), text);
        if (updated == 0) {
            throw new TaskStateException("labs.review.already-decided");
        }
        if (pass) {
            completion.taskDone(submission.userId(), submission.trackId(), submission.taskId());
        }
    }

    /** A submission with a stored file, for a reviewer's download. */
    Submission withFile(long submissionId) {
        Submission s = find(submissionId);
        if (!s.hasFile()) {
            throw new SubmissionNotFoundException();
        }
        return s;
    }

    private Submission find(long submissionId) {
        return submissions.findById(submissionId).orElseThrow(SubmissionNotFoundException::new);
    }

    private LabViews.ReviewItem item(Submission s) {
        LoadedTrack track = tracks.version(s.trackId(), s.trackVersion());
        String instructions = track.tasks().stream().filter(t -> t.taskId().equals(s.taskId())).findFirst()
                .map(t -> markdown.render(t.instructions())).orElse("");
        return views.review(s, track, instructions);
    }
}
