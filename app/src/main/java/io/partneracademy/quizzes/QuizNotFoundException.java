package io.partneracademy.quizzes;

import io.partneracademy.web.NotFoundException;

/** No such quiz in the course, or the course is not one the viewer may see (deliberately the same answer). */
class QuizNotFoundException extends NotFoundException {

    QuizNotFoundException(String courseId, String quizId) {
        super("quiz.not-found", courseId + "/" + quizId);
    }
}
