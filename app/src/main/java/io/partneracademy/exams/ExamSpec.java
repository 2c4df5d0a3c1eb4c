package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An exam as authored in exams/: its rules, blueprint and question bank. */
public record ExamSpec(String id, String pathId, String title, int timeLimitMinutes, int passMarkPercent, Mode mode,
                       Navigation navigation, Scoring scoring, Retake retake, @Nullable Instant opens,
                       @Nullable Instant closes, List<Section> blueprint, List<Question> questions,
                       List<QuestionTranslation> translations) {

    public ExamSpec {
        blueprint = List.copyOf(blueprint);
        questions = List.copyOf(questions);
        translations = List.copyOf(translations);
    }

    /** An exam without translated questions. */
    public ExamSpec(String id, String pathId, String title, int timeLimitMinutes, int passMarkPercent, Mode mode,
                    Navigation navigation, Scoring scoring, Retake retake, @Nullable Instant opens,
                    @Nullable Instant closes, List<Section> blueprint, List<Question> questions) {
        this(id, pathId, title, timeLimitMinutes, passMarkPercent, mode, navigation, scoring, retake, opens, closes,
                blueprint, questions, List.of());
    }

    /** The same exam with these question translations. */
    public ExamSpec withTranslations(List<QuestionTranslation> newTranslations) {
        return new ExamSpec(id, pathId, title, timeLimitMinutes, passMarkPercent, mode, navigation, scoring, retake,
                opens, closes, blueprint, questions, newTranslations);
    }

    /**
     * A question in another language: stem, option texts (the source's option ids, in the source's order) and
     * explanation; section, difficulty, type and the correct ids stay the source's.
     */
    public record QuestionTranslation(String questionId, String language, String stem, List<Option> options,
                                      String explanation) {

        public QuestionTranslation {
            options = List.copyOf(options);
        }
    }

    /** Certification exams never reveal answers; practice exams show explanations after submit. */
    public enum Mode { CERTIFICATION, PRACTICE }

    /** Free: any order, back and forth. Sequential: one question after the other, no way back. */
    public enum Navigation { FREE, SEQUENTIAL }

    /** How multiple-response questions score. */
    public enum Scoring { ALL_OR_NOTHING, PARTIAL }

    /** Question difficulty as authored. */
    public enum Difficulty { EASY, MEDIUM, HARD }

    /** Question types. */
    public enum Type { SINGLE, MULTIPLE, TRUE_FALSE }

    /** How often an exam may be attempted. */
    @Serdeable
    public record Retake(int maxAttempts, int periodDays, int cooldownHours) {
    }

    /** A blueprint section: draws {@code draw} questions from its pool, optionally by difficulty. */
    @Serdeable
    public record Section(String id, String title, int draw, Map<Difficulty, Integer> mix) {

        public Section {
            mix = mix == null ? Map.of() : Map.copyOf(mix);
        }
    }

    /** A question and its options; {@code correct} holds option ids. */
    public record Question(String id, String section, Difficulty difficulty, Type type, String stem,
                           List<Option> options, Set<String> correct, String explanation) {

        public Question {
            options = List.copyOf(options);
            correct = Set.copyOf(correct);
        }
    }

    /** An answer option with a stable id. */
    @Serdeable
    public record Option(String id, String text) {
    }
}
