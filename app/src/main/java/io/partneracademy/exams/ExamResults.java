package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Closed exam results for features that act on them (certification). */
@Singleton
public class ExamResults {

    private final AttemptRepository attempts;
    private final ExamVersions versions;
    private final ExamRepository exams;

    ExamResults(AttemptRepository attempts, ExamVersions versions, ExamRepository exams) {
        this.attempts = attempts;
        this.versions = versions;
        this.exams = exams;
    }

    /** The exam's title as published now, for pages that name it ("Certified Foundation Exam", never its id). */
    public String title(String examId) {
        return exams.findById(examId).map(e -> versions.get(examId, e.currentVersion()).rules().title()).orElse(examId);
    }

    /**
     * The exam's title as published now in the reader's language where translated, else the English source marked as
     * a fallback; an unknown exam is named by its id.
     */
    public ExamTitle title(String examId, java.util.Locale reader) {
        return exams.findById(examId).map(e -> versions.get(examId, e.currentVersion()).title(reader.toLanguageTag()))
                .orElse(new ExamTitle(examId, new io.partneracademy.catalog.CatalogViews.ContentLanguage(
                        ExamLanguages.SOURCE, ExamLanguages.SOURCE, reader.toLanguageTag(), false, false)));
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

    /**
     * A closed or open sitting as an integration sees it: never the questions, the options drawn or the answers.
     */
    public record AttemptSummary(long attemptId, String examId, String examTitle, int examVersion,
                                 ExamSpec.Mode mode, AttemptStatus status, Instant startedAt, @Nullable Instant closedAt,
                                 @Nullable BigDecimal scorePercent, @Nullable Boolean passed) {
    }

    /** Every attempt of the person, newest first, without questions or keys. */
    public List<AttemptSummary> attempts(long userId) {
        return attempts.findByUserIdOrderByStartedAtDesc(userId).stream()
                .map(a -> new AttemptSummary(a.id(), a.examId(), title(a.examId()), a.examVersion(),
                        versions.get(a.examId(), a.examVersion()).rules().modeValue(), a.status(),
                        a.startedAt(), a.closedAt(), a.isOpen() ? null : a.scorePercent(),
                        a.isOpen() ? null : a.passed()))
                .toList();
    }
}
