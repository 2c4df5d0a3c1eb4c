package io.partneracademy.quizzes;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.catalog.CourseActivity;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Offers a course's practice quizzes at the end of their modules, with how far the person got in each. */
@Singleton
class QuizActivities implements CourseActivity {

    private final QuizRepository quizzes;
    private final Quizzes service;

    QuizActivities(QuizRepository quizzes, Quizzes service) {
        this.quizzes = quizzes;
        this.service = service;
    }

    @Override
    public Map<String, List<Activity>> byModule(CurrentUser user, String courseId) {
        Map<String, List<Activity>> byModule = new HashMap<>();
        for (QuizRow row : quizzes.findByCourseIdOrderByQuizId(courseId)) {
            if (row.removedAt() != null) {
                continue;
            }
            int count = service.questions(row.questionsJson()).size();
            QuizViews.Score last = service.lastScore(user, row);
            Activity activity = last == null
                    ? new Activity(row.title(), QuizController.path(courseId, row.quizId()), "quiz.status.new",
                            List.of(count))
                    : new Activity(row.title(), QuizController.path(courseId, row.quizId()), "quiz.status.score",
                            List.of(last.right(), last.total()));
            byModule.computeIfAbsent(row.moduleId(), k -> new ArrayList<>()).add(activity);
        }
        return byModule;
    }
}
