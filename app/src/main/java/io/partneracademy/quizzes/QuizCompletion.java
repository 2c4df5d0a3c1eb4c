package io.partneracademy.quizzes;

import io.partneracademy.catalog.CompletionCheck;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers catalog's completion rule for a course whose quizzes count: each published quiz of the course, passed when
 * one finished round of it (of any text of the quiz) scored at least the pass mark.
 */
@Singleton
class QuizCompletion implements CompletionCheck {

    private final QuizRepository quizzes;
    private final RoundRepository rounds;

    QuizCompletion(QuizRepository quizzes, RoundRepository rounds) {
        this.quizzes = quizzes;
        this.rounds = rounds;
    }

    @Override
    public List<Required> required(long userId, String courseId, int passMark) {
        List<QuizRow> published = quizzes.findByCourseIdOrderByQuizId(courseId).stream()
                .filter(q -> q.removedAt() == null).toList();
        if (published.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> best = best(userId, courseId);
        return published.stream().map(q -> new Required(q.moduleId(), q.title(),
                QuizController.path(courseId, q.quizId()), best.getOrDefault(q.id(), -1) >= passMark)).toList();
    }

    /** The best percentage of the person's finished rounds, by quiz. */
    Map<Long, Integer> best(long userId, String courseId) {
        Map<Long, Integer> best = new HashMap<>();
        for (RoundRepository.Finished round : rounds.findFinished(userId, courseId)) {
            best.merge(round.quizRef(), Quizzes.percent(round.marks(), round.answers()), Math::max);
        }
        return best;
    }
}
