package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** View models of the exam pages. None of them can carry a correct answer during an attempt. */
public final class ExamViews {

    private ExamViews() {
    }

    /** An exam as the learner sees it before starting. */
    public record ExamCard(String id, ExamTitle title, String pathId, Format format, Retakes retakes,
                           @Nullable Long openAttemptId, List<PastAttempt> history) {
    }

    /** What a sitting is like: how many questions, how long, the pass mark, and how one moves between questions. */
    public record Format(int questions, int minutes, int passMark, ExamSpec.Mode mode, ExamSpec.Navigation navigation) {
    }

    /**
     * How many sittings the learner has used of how many a period allows, and when the next may start.
     *
     * @param nextAllowed   when the learner may start again; null when they may now (or never again)
     * @param closedForGood true when no further sitting will ever be allowed
     */
    public record Retakes(int attemptsInPeriod, int maxAttempts, int periodDays, int cooldownHours,
                          @Nullable Instant nextAllowed, boolean closedForGood) {
    }

    /** A finished or open attempt in the learner's history. */
    public record PastAttempt(long id, Instant startedAt, AttemptStatus status, @Nullable BigDecimal percent,
                              @Nullable Boolean passed) {

        public String percentText() {
            return io.partneracademy.web.Percentages.text(percent);
        }
    }

    /**
     * One question of an open attempt; {@code scenario} is there when the question belongs to a case study.
     * {@code language} is the one its stem and answers are written in: the attempt's where the question is translated
     * into it, else the exam's source (pages mark it where that is not the page's).
     */
    public record QuestionPage(long attemptId, ExamTitle examTitle, int position, int total, String stemHtml,
                               AnswerView answer, boolean flagged, List<NavItem> navigator,
                               long remainingSeconds, Instant deadline, boolean sequential,
                               @Nullable Integer previous, @Nullable Integer next, @Nullable Scenario scenario,
                               String language) {
    }

    /** A case study's shared stem (written in the exam's source language) with its place ("question 2 of 3"). */
    public record Scenario(String html, int number, int size) {

        /** Case studies are not translated: their stem is in the exam's source language. */
        public String language() {
            return ExamLanguages.SOURCE;
        }
    }

    /** An ordering step: id, rendered text, and the position the learner gave it (null: none yet). */
    public record StepView(String id, String html, @Nullable Integer position) {
    }

    /** A matching prompt: id, rendered text, and the target the learner chose (null: none yet). */
    public record PromptView(String id, String html, @Nullable String target) {
    }

    /** A matching target as a select option shows it (plain text). */
    public record TargetView(String id, String label) {
    }

    /** The check before submitting: which questions are unanswered or flagged, with the time left. */
    public record ReviewPage(long attemptId, ExamTitle examTitle, int total, long remainingSeconds, Instant deadline,
                             boolean sequential,
                             List<NavItem> unanswered, List<NavItem> flagged) {

        public int answered() {
            return total - unanswered.size();
        }
    }

    /** An option as shown: id and rendered text, and whether the learner chose it. */
    public record OptionView(String id, String html, boolean chosen) {
    }

    /** A square of the question navigator. */
    public record NavItem(int position, boolean answered, boolean flagged, boolean current, boolean reachable) {

        /** The number people see: 1 for the first question. */
        public int number() {
            return position + 1;
        }
    }

    /** The result page. Explanations only for practice exams. */
    public record ResultPage(long attemptId, ExamTitle examTitle, AttemptStatus status, BigDecimal percent, boolean passed,
                             int passMark, List<SectionResult> sections, List<PracticeItem> review) {

        public String percentText() {
            return io.partneracademy.web.Percentages.text(percent);
        }
    }

    /** A section's score. */
    public record SectionResult(ExamTitle title, BigDecimal percent) {

        public String percentText() {
            return io.partneracademy.web.Percentages.text(percent);
        }
    }

    /**
     * Practice review of one question, its stem and explanation each with the language it is written in: the
     * attempt's where the question is translated, else the exam's source language.
     */
    public record PracticeItem(int position, String stemHtml, String stemLanguage, boolean right,
                               String explanationHtml, String explanationLanguage) {
    }

    /** What the countdown script polls: the server's remaining time. */
    @Serdeable
    public record Status(long attemptId, boolean open, long remainingSeconds, int answered, int total) {
    }
}
