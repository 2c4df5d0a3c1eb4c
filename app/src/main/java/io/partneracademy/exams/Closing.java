package io.partneracademy.exams;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import io.partneracademy.catalog.RequirementCompleted;
import io.partneracademy.catalog.RequirementKind;
import io.partneracademy.outbox.Outbox;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Grades an attempt from what was saved and closes it, once: the conditional update only succeeds for an open
 * attempt. A pass writes an "exam.passed" event to the outbox and tells certification, in the same transaction.
 */
@Singleton
class Closing {

    static final String EXAM_PASSED = "exam.passed";
    static final String ATTEMPT_GRADED = "attempt.graded";

    private final AttemptRepository attempts;
    private final ExamVersions versions;
    private final Outbox outbox;
    private final JsonMapper json;
    private final ApplicationEventPublisher<RequirementCompleted> events;
    private final Clock clock;

    Closing(AttemptRepository attempts, ExamVersions versions, Outbox outbox, JsonMapper json,
            ApplicationEventPublisher<RequirementCompleted> events, Clock clock) {
        this.events = events;
        this.attempts = attempts;
        this.versions = versions;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** Grades and closes; returns false when the attempt was already closed. Call inside a transaction. */
    boolean close(AttemptRow attempt, AttemptStatus status) {
        ExamVersions.Loaded exam = versions.get(attempt.examId(), attempt.examVersion());
        Grader.Result result = Grader.grade(attempts.findQuestions(attempt.id()), exam);
        Instant now = clock.instant();
        int closed = attempts.close(attempt.id(), status, now, result.percent(), result.passed(), write(result.sections()));
        if (closed == 1) {
            // Every graded attempt, passed or not, for integrations (webhooks); no questions or answers in it.
            outbox.add(ATTEMPT_GRADED, String.valueOf(attempt.id()), Map.of(
                    "attemptId", attempt.id(), "userId", attempt.userId(), "examId", attempt.examId(),
                    "examVersion", attempt.examVersion(), "scorePercent", result.percent(),
                    "passed", result.passed(), "status", status.name(), "gradedAt", now.toString()));
        }
        if (closed == 1 && result.passed()) {
            outbox.add(EXAM_PASSED, String.valueOf(attempt.id()), Map.of(
                    "attemptId", attempt.id(), "userId", attempt.userId(), "examId", attempt.examId(),
                    "examVersion", attempt.examVersion(), "scorePercent", result.percent(),
                    "passedAt", now.toString()));
            events.publishEvent(new RequirementCompleted(attempt.userId(), RequirementKind.EXAM, attempt.examId()));
        }
        return closed == 1;
    }

    private String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
