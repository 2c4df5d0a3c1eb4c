package io.partneracademy.exams;

import io.partneracademy.accounts.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Explains why a save or move was refused, and closes an attempt found past deadline + grace so that it is
 * graded on what was saved. Only runs on the rare refused path; the accepted save is a single statement.
 */
@Singleton
class Refusals {

    private final AttemptRepository attempts;
    private final ExamVersions versions;
    private final Closing closing;
    private final Clock clock;

    Refusals(AttemptRepository attempts, ExamVersions versions, Closing closing, Clock clock) {
        this.attempts = attempts;
        this.versions = versions;
        this.closing = closing;
        this.clock = clock;
    }

    @Transactional(dontRollbackOn = AttemptClosedException.class)
    void explain(CurrentUser user, long attemptId, int position, @Nullable String answer) {
        AttemptRow attempt = attempts.lock(attemptId).filter(a -> a.userId() == user.id())
                .orElseThrow(AttemptNotFoundException::new);
        if (!attempt.isOpen()) {
            throw new AttemptClosedException(attemptId, false);
        }
        if (clock.instant().isAfter(attempt.acceptsUntil())) {
            closing.close(attempt, AttemptStatus.TIMED_OUT);
            throw new AttemptClosedException(attemptId, true);
        }
        if (versions.get(attempt.examId(), attempt.examVersion()).rules().navigationValue()
                == ExamSpec.Navigation.SEQUENTIAL && position != attempt.currentPosition()) {
            throw new SequentialNavigationException();
        }
        Optional<String> options = attempts.findOptionOrder(attemptId, position);
        if (answer != null && options.isPresent()
                && !Set.of(options.get().split(",")).containsAll(List.of(answer.split(",")))) {
            throw new InvalidAnswerException();
        }
        throw new AttemptNotFoundException();
    }
}
