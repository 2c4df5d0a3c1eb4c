package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.partneracademy.accounts.CurrentUser;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Taking an exam: start (retake policy, draw, deadline), save answers, move on in sequential exams, submit.
 * Every rule is checked here against the server's clock; the browser only displays.
 */
@Singleton
public class Attempts {

    private static final Pattern ANSWER = Pattern.compile("[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,9}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ExamRepository exams;
    private final AttemptRepository attempts;
    private final ExamVersions versions;
    private final Eligibility eligibility;
    private final Deadlines deadlines;
    private final Closing closing;
    private final Refusals refusals;
    private final QuestionRetirements retirements;
    private final Papers papers;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final io.micronaut.context.BeanProvider<CertificationStanding> standing;

    Attempts(ExamRepository exams, AttemptRepository attempts, ExamVersions versions, Eligibility eligibility,
             Deadlines deadlines, Closing closing, Refusals refusals, QuestionRetirements retirements,
             TransactionOperations<Connection> transactions, Clock clock,
             io.micronaut.context.BeanProvider<CertificationStanding> standing, Papers papers) {
        this.papers = papers;
        this.standing = standing;
        this.exams = exams;
        this.attempts = attempts;
        this.versions = versions;
        this.eligibility = eligibility;
        this.deadlines = deadlines;
        this.closing = closing;
        this.refusals = refusals;
        this.retirements = retirements;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Starts an attempt, or returns the open one: starting again never moves a deadline or redraws a paper.
     * Throws when the retake policy, cooldown or window does not allow a new attempt now. A double click (or ten)
     * races on the open-attempt key: the losers read the winner's attempt after their own transaction ended,
     * because inside it the REPEATABLE READ snapshot predates the winner's commit.
     */
    public long start(CurrentUser user, String examId) {
        try {
            return transactions.executeWrite(status -> startInTransaction(user, examId));
        } catch (DataAccessException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            return attempts.findByOpenKey(openKey(user.id(), examId)).orElseThrow(() -> e).id();
        }
    }

    private long startInTransaction(CurrentUser user, String examId) {
        Exam exam = exams.findById(examId).orElseThrow(() -> new ExamNotFoundException(examId));
        Optional<AttemptRow> open = attempts.findByOpenKey(openKey(user.id(), examId));
        if (open.isPresent()) {
            return open.get().id();
        }
        // Certified people sit the exam again only to renew, inside the renewal window.
        Optional<CertificationStanding.Held> held = exam.pathId() == null ? Optional.empty()
                : standing.get().held(user.id(), exam.pathId());
        if (held.isPresent() && !held.get().renewalOpen()) {
            throw new AlreadyCertifiedException(held.get(), exam.pathId());
        }
        ExamVersions.Loaded loaded = versions.get(examId, exam.currentVersion());
        List<AttemptRow> history = attempts.findByUserIdAndExamIdOrderByStartedAtDesc(user.id(), examId);
        Instant now = clock.instant();
        Optional<Instant> next = eligibility.nextAllowed(loaded.rules(), history, now);
        if (next.isPresent()) {
            throw next.get().equals(Instant.MAX) ? new RetakeNotAllowedException() : new RetakeNotAllowedException(next.get());
        }
        Set<String> seen = history.isEmpty() ? Set.of() : new HashSet<>(attempts.findQuestionIds(history.get(0).id()));
        long seed = RANDOM.nextLong();
        List<QuestionRow> pool = retirements.pool(loaded, retirements.retired(examId));
        List<Draw.Drawn> paper = Draw.draw(loaded.blueprint(), pool, seen, seed,
                q -> loaded.options().get(q.questionId()).stream().map(ExamSpec.Option::id).toList(),
                q -> loaded.item(q.questionId()));
        AttemptRow attempt = attempts.save(new AttemptRow(null, examId, exam.currentVersion(), user.id(), seed, now,
                deadlines.deadline(user.id(), now, loaded.rules()), deadlines.graceSeconds(), AttemptStatus.OPEN,
                openKey(user.id(), examId), 0, null, null, null, null));
        attempts.insertQuestions(attempt.id(), PaperRows.json(paper));
        return attempt.id();
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLException sql && "23000".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Saves the answer (option ids, comma-separated; empty clears) and flag of one question. Refused after
     * deadline + grace, in which case the attempt is graded on what was saved before.
     */
    public void save(CurrentUser user, long attemptId, int position, @Nullable String answer, boolean flagged) {
        save(user, attemptId, position, answer == null ? List.of() : List.of(answer.split(",")), null, flagged);
    }

    /**
     * Saves the answer and flag of one question as the exam page posts them: {@code values} are the "answer"
     * fields (option ids; "id=position" for ordering; "id=target" for matching), {@code text} a short-text
     * answer; nothing given clears the answer. An answer the question cannot take is refused with
     * {@link InvalidAnswerException} saying why, and nothing is saved. Refused after deadline + grace, in which
     * case the attempt is graded on what was saved before.
     */
    public void save(CurrentUser user, long attemptId, int position, @Nullable List<String> values,
                     @Nullable String text, boolean flagged) {
        Optional<Papers.Slot> slot = papers.slot(user.id(), attemptId, position);
        if (slot.isEmpty()) {
            refusals.explain(user, attemptId, position, null);
            return;
        }
        String answer = Answers.canonical(slot.get().type(), slot.get().item(), slot.get().optionOrder(), values,
                text);
        boolean choice = slot.get().type().choice();
        if (choice && answer != null && !ANSWER.matcher(answer).matches()) {
            throw new InvalidAnswerException();
        }
        // One autocommitted statement; no transaction round trips on the hot path.
        if (attempts.saveAnswer(attemptId, user.id(), position, answer, choice, flagged, clock.instant()) == 1) {
            return;
        }
        refusals.explain(user, attemptId, position, choice ? answer : null);
    }

    /** In a sequential exam, moves on from the current question; there is no way back. */
    public void advance(CurrentUser user, long attemptId, int position) {
        if (attempts.advance(attemptId, user.id(), position, clock.instant()) == 1) {
            return;
        }
        refusals.explain(user, attemptId, position, null);
    }

    /** Submits and grades; submitting again (or from a second tab) grades nothing twice. */
    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public void submit(CurrentUser user, long attemptId) {
        AttemptRow attempt = attempts.lock(attemptId).filter(a -> a.userId() == user.id())
                .orElseThrow(AttemptNotFoundException::new);
        if (!attempt.isOpen()) {
            return;
        }
        if (clock.instant().isAfter(attempt.acceptsUntil())) {
            closing.close(attempt, AttemptStatus.TIMED_OUT);
            throw new AttemptClosedException(attemptId, true);
        }
        closing.close(attempt, AttemptStatus.SUBMITTED);
    }

    static String openKey(long userId, String examId) {
        return userId + ":" + examId;
    }
}
