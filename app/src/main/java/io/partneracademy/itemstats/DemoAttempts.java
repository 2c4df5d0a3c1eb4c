package io.partneracademy.itemstats;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.authoring.StartupImportFinished;
import io.partneracademy.catalog.PathEnrolments;
import io.partneracademy.content.ContentSettings;
import io.partneracademy.exams.AttemptHistory;
import io.partneracademy.exams.Attempts;
import io.partneracademy.exams.QuestionBank;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Demo attempts at the Foundation exam so its statistics page has something to show: simulated learners of
 * varying ability sit it through the real attempt service (draw, save, submit, grading), a third of those who
 * fail retake it. A few questions are deliberately bad (too easy, too hard, answered better by weak candidates,
 * a distractor nobody picks). Runs once, when the start-up import has finished (or at start-up when there is no
 * import and an earlier start published the exam); nothing waits or polls.
 */
@Singleton
@Requires(property = "partneracademy.demo-data.enabled", value = "true")
class DemoAttempts implements ApplicationEventListener<ServerStartupEvent> {

    static final String EXAM = "foundation-exam";
    private static final Logger LOG = LoggerFactory.getLogger(DemoAttempts.class);
    private static final int LEARNERS = 240;

    /** The deliberately bad questions and how they misbehave. */
    static final Map<String, DemoLearner.Behaviour> BAD = Map.of(
            "fnd-program-009", DemoLearner.Behaviour.TOO_EASY,
            "fnd-registration-009", DemoLearner.Behaviour.TOO_HARD,
            "fnd-registration-012", DemoLearner.Behaviour.REVERSED,
            "fnd-program-015", DemoLearner.Behaviour.UNUSED_DISTRACTOR);

    private final Users users;
    private final Attempts attempts;
    private final QuestionBank bank;
    private final AttemptHistory history;
    private final PathEnrolments enrolments;
    private final ContentSettings content;
    private final ExecutorService executor;

    DemoAttempts(Users users, Attempts attempts, QuestionBank bank, AttemptHistory history, PathEnrolments enrolments,
                 ContentSettings content, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.users = users;
        this.attempts = attempts;
        this.bank = bank;
        this.history = history;
        this.enrolments = enrolments;
        this.content = content;
        this.executor = executor;
    }

    /** Without a start-up import, an exam published by an earlier start is all there will be. */
    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!content.importOnStartup()) {
            executor.submit(this::loadIfPublished);
        }
    }

    /** The start-up import has published whatever it could; off its thread, so other listeners are not held up. */
    @EventListener
    void onImportFinished(StartupImportFinished event) {
        executor.submit(this::loadIfPublished);
    }

    private void loadIfPublished() {
        try {
            if (bank.exams().stream().anyMatch(e -> e.id().equals(EXAM))) {
                load();
            } else {
                LOG.warn("Demo attempts skipped: {} is not published", EXAM);
            }
        } catch (RuntimeException e) {
            LOG.error("Demo attempts failed", e);
        }
    }

    void load() {
        if (users.findByEmail(email(0)).isPresent()) {
            return;
        }
        long begin = System.currentTimeMillis();
        Random random = new Random(2026);
        int count = 0;
        for (int i = 0; i < LEARNERS; i++) {
            UserSummary summary = users.create(email(i), "Demo Learner " + (i + 1), EnumSet.of(Role.LEARNER));
            CurrentUser user = new CurrentUser(summary.id(), summary.email(), summary.displayName(),
                    Set.of(Role.LEARNER));
            DemoLearner learner = new DemoLearner(random.nextGaussian(), random);
            boolean passed = sit(user, learner, 10 + random.nextInt(30));
            count++;
            if (!passed && random.nextInt(3) == 0) {
                sit(user, learner.improved(0.7), 1 + random.nextInt(5));
                count++;
            }
        }
        LOG.info("Demo attempts: {} attempts at {} by {} demo learners in {} ms", count, EXAM, LEARNERS,
                System.currentTimeMillis() - begin);
    }

    /**
     * One attempt through the real service, then moved back in time so retake rules allow the next one; the learner
     * enrolled in the exam's path some days before (the program view's funnel).
     */
    private boolean sit(CurrentUser user, DemoLearner learner, int daysAgo) {
        long attemptId = attempts.start(user, EXAM);
        QuestionBank.Paper paper = bank.paper(EXAM, history.version(attemptId));
        for (AttemptHistory.Drawn drawn : history.paper(attemptId)) {
            QuestionBank.Question question = paper.questions().stream()
                    .filter(q -> q.id().equals(drawn.questionId())).findFirst().orElseThrow();
            String answer = learner.answer(question, BAD.getOrDefault(question.id(), DemoLearner.Behaviour.NORMAL));
            attempts.save(user, attemptId, drawn.position(), answer, false);
        }
        attempts.submit(user, attemptId);
        AttemptHistory.Sat sat = history.moveBack(attemptId, Duration.ofDays(daysAgo));
        enrolments.enrolledAt(user.id(), sat.pathId(), sat.startedAt().minus(Duration.ofDays(5 + attemptId % 40)));
        return sat.passed();
    }

    private static String email(int i) {
        return String.format("demo-learner-%03d@learners.example", i + 1);
    }
}
