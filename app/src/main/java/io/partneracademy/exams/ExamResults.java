package io.partneracademy.exams;

import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Closed exam results for features that act on them (certification). */
@Singleton
public class ExamResults {

    private final AttemptRepository attempts;
    private final ExamVersions versions;

    ExamResults(AttemptRepository attempts, ExamVersions versions) {
        this.attempts = attempts;
        this.versions = versions;
    }

    /** A passed attempt of a certification exam. */
    public record Pass(long attemptId, String examId, BigDecimal scorePercent, Instant closedAt) {
    }

    /** The person's passed attempts of a certification-mode exam, newest first; practice attempts never count. */
    public List<Pass> passes(long userId, String examId) {
        return attempts.findByUserIdAndExamIdOrderByStartedAtDesc(userId, examId).stream()
                .filter(a -> Boolean.TRUE.equals(a.passed()) && a.closedAt() != null && a.scorePercent() != null)
                .filter(a -> versions.get(a.examId(), a.examVersion()).rules().modeValue() == ExamSpec.Mode.CERTIFICATION)
                .map(a -> new Pass(a.id(), a.examId(), a.scorePercent(), a.closedAt()))
                .toList();
    }
}
