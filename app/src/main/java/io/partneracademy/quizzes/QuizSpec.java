package io.partneracademy.quizzes;

import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.exams.ExamSpec;

import java.util.List;
import java.util.Set;

/**
 * A practice quiz of a course as authored ({@code content/courses/<course>/<id>.quiz.yaml}): a knowledge check
 * offered after the last lesson of {@code moduleId}, with questions in the exam question format.
 */
public record QuizSpec(String courseId, String id, String title, String moduleId, List<Question> questions) {

    public QuizSpec {
        questions = List.copyOf(questions);
    }

    /**
     * One question: exam question types, options and key ({@code correct} option ids for the choice types, the
     * {@link ExamSpec.Item} for ordering, matching and short text), and the explanation shown after answering.
     */
    @Serdeable
    public record Question(String id, ExamSpec.Type type, String stem, List<ExamSpec.Option> options,
                           Set<String> correct, String explanation, ExamSpec.Item item) {

        // JSON leaves empty collections out (a short-text question has no options), so null reads as empty.
        public Question {
            options = options == null ? List.of() : List.copyOf(options);
            correct = correct == null ? Set.of() : Set.copyOf(correct);
            item = item == null ? ExamSpec.Item.NONE : item;
        }
    }
}
