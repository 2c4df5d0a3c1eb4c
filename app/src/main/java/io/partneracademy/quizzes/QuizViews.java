package io.partneracademy.quizzes;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.CatalogViews;
import io.partneracademy.exams.AnswerView;
import io.partneracademy.web.ContentText;

import java.util.List;

/** The view models of the practice quiz pages. */
final class QuizViews {

    private QuizViews() {
    }

    /**
     * Which quiz of which course: the course's title in the reader's language where translated, the quiz's title in
     * the course's source language (quizzes are not translated), with {@code content} saying whether that is a fallback.
     */
    record Header(String courseId, ContentText courseTitle, String quizId, String title,
                  CatalogViews.ContentLanguage content) {

        /** The quiz's title with its language, for a message that names it. */
        public ContentText titleText() {
            return new ContentText(title, content.shown());
        }
    }

    /**
     * The quiz's start page: how many questions, the round in progress, the last finished round's score, where to go
     * on from here, and the pass mark when the course counts the quiz.
     */
    record Overview(Header quiz, int questions, @Nullable Progress current, @Nullable Score last, Onward onward,
                    @Nullable Counts counts) {
    }

    /** Where to go on from the quiz: the next module's first lesson (with its title), or the course page (no title). */
    record Onward(String href, @Nullable String lessonTitle) {

        public boolean toLesson() {
            return lessonTitle != null;
        }
    }

    /** The course's pass mark for this quiz (completing the course takes it) and whether the person has passed. */
    record Counts(int passMark, boolean passed) {
    }

    /** A round in progress: questions answered and the number of the next one to answer. */
    record Progress(int answered, int next) {
    }

    /** A finished round: questions fully right, of how many, and the round's mark in percent. */
    record Score(int right, int total, int percent) {
    }

    /** One question of the round; {@code feedback} is there once it is answered; {@code onward} to skip the quiz. */
    record QuestionPage(Header quiz, int number, int total, String stemHtml, AnswerView answer,
                        @Nullable Feedback feedback, Onward onward) {

        public boolean last() {
            return number == total;
        }
    }

    /** What the learner gets right after answering: the verdict, the right answer and the explanation. */
    record Feedback(Verdict verdict, int percent, List<String> keyHtml, String explanationHtml) {
    }

    /** Fully right, partly right (some credit) or not right. */
    enum Verdict { RIGHT, PARTLY, WRONG }
}
