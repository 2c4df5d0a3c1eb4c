package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Set;

/**
 * Marks one answer to a question outside any exam attempt (a course's practice quiz) by the same rules as an exam:
 * the posted fields are read as {@link Answers} reads them and marked with partial credit, so a quiz and an exam
 * never disagree about what is right.
 */
public final class QuestionMarks {

    private QuestionMarks() {
    }

    /** The stored form of an answer and its mark from 0 to 1. */
    public record Mark(String stored, double score) {
    }

    /**
     * The mark of the posted answer; {@code shownOrder} is the order the options were shown in (ids joined by
     * commas; for matching "prompts|targets"). Throws {@link InvalidAnswerException} for an answer the question
     * cannot take, and for no answer at all.
     */
    public static Mark mark(ExamSpec.Type type, ExamSpec.Item item, Set<String> correct, String shownOrder,
                            @Nullable List<String> values, @Nullable String text) {
        String stored = Answers.canonical(type, item, shownOrder, values, text);
        if (stored == null) {
            throw new InvalidAnswerException("none");
        }
        return new Mark(stored, Answers.mark(type, item, correct, stored, ExamSpec.Scoring.PARTIAL));
    }
}
