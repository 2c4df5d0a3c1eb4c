package io.partneracademy.exams;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Attempts that have to read as sat some time ago: the demo's simulated learners, or history moved from an older
 * exam system. The attempt is sat through {@link Attempts} as usual (draw, answers, grading); once it is closed its
 * times move back, so retake periods and reports see it where it belongs. Nobody else writes exam attempts.
 */
@Singleton
public class AttemptHistory {

    private final AttemptRepository attempts;
    private final ExamRepository exams;

    AttemptHistory(AttemptRepository attempts, ExamRepository exams) {
        this.attempts = attempts;
        this.exams = exams;
    }

    /** One drawn question of an attempt, in the order it was drawn. */
    public record Drawn(int position, String questionId) {
    }

    /** An attempt after its times moved back: who sat it, for which path, when it started and whether it passed. */
    public record Sat(long userId, String pathId, Instant startedAt, boolean passed) {
    }

    /** The exam version the attempt was drawn from. */
    public int version(long attemptId) {
        return attempt(attemptId).examVersion();
    }

    /** The attempt's questions in order. */
    public List<Drawn> paper(long attemptId) {
        return attempts.findQuestions(attemptId).stream().map(q -> new Drawn(q.position(), q.questionId())).toList();
    }

    /** Moves a closed attempt back in time by {@code by}; an open attempt is refused (it is still being sat). */
    @Transactional
    public Sat moveBack(long attemptId, Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("an attempt moves back, not forward: " + by);
        }
        if (attempts.moveBack(attemptId, by.toSeconds()) != 1) {
            throw new IllegalStateException("attempt " + attemptId + " is missing or still open");
        }
        AttemptRow moved = attempt(attemptId);
        String pathId = exams.findById(moved.examId()).orElseThrow().pathId();
        return new Sat(moved.userId(), pathId, moved.startedAt(), Boolean.TRUE.equals(moved.passed()));
    }

    private AttemptRow attempt(long attemptId) {
        return attempts.findById(attemptId).orElseThrow(AttemptNotFoundException::new);
    }
}
