package io.partneracademy.authoring;

import io.partneracademy.exams.ExamSpec;
import io.partneracademy.quizzes.QuizSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a published practice quiz back as its file ({@code <quiz-id>.quiz.yaml}): title, module and the questions in
 * the exam question format without section or difficulty, so {@link QuizReader} reads back the same quiz.
 */
final class QuizYaml {

    private QuizYaml() {
    }

    /** The file name of the quiz in its course folder. */
    static String fileName(QuizSpec quiz) {
        return quiz.id() + QuizReader.SUFFIX;
    }

    static String write(QuizSpec quiz) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("title", quiz.title());
        file.put("module", quiz.moduleId());
        file.put("questions", quiz.questions().stream().map(q -> {
            Map<String, Object> map = GiftBankYaml.map(new ExamSpec.Question(q.id(), "", ExamSpec.Difficulty.MEDIUM,
                    q.type(), q.stem(), q.options(), q.correct(), q.explanation(), q.item()));
            map.remove("section");
            map.remove("difficulty");
            return map;
        }).toList());
        return GiftBankYaml.dump(file);
    }
}
