package io.partneracademy.quizzes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.catalog.CatalogViews;
import io.partneracademy.catalog.Courses;
import io.partneracademy.exams.QuestionMarks;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Practice quizzes as a learner takes them: a round answers each question once and gets its feedback at once;
 * another round can start at any time. Rounds are kept apart from exam attempts, so they never count toward a
 * certification or an exam's item statistics.
 */
@Singleton
class Quizzes {

    private final QuizRepository quizzes;
    private final RoundRepository rounds;
    private final Courses courses;
    private final QuizPages pages;
    private final JsonMapper json;
    private final Clock clock;

    Quizzes(QuizRepository quizzes, RoundRepository rounds, Courses courses, QuizPages pages, JsonMapper json,
            Clock clock) {
        this.quizzes = quizzes;
        this.rounds = rounds;
        this.courses = courses;
        this.pages = pages;
        this.json = json;
        this.clock = clock;
    }

    /** A published quiz of a course the person may see, with its questions. */
    record Loaded(QuizViews.Header header, QuizRow row, List<QuizSpec.Question> questions) {
    }

    Loaded load(CurrentUser user, String courseId, String quizId) {
        return load(user, courseId, quizId, null);
    }

    /** As {@link #load(CurrentUser, String, String)}, the header naming the course in the reader's language. */
    Loaded load(CurrentUser user, String courseId, String quizId, @Nullable Locale reader) {
        CatalogViews.CourseCard card = courses.visibleCards(user, List.of(courseId), reader).get(courseId);
        QuizRow row = card == null ? null : quizzes.findByCourseIdAndQuizId(courseId, quizId)
                .filter(r -> r.removedAt() == null).orElse(null);
        if (row == null) {
            throw new QuizNotFoundException(courseId, quizId);
        }
        CatalogViews.ContentLanguage course = card.content();
        // A quiz is written in its course's source language and has no translations.
        CatalogViews.ContentLanguage quiz = new CatalogViews.ContentLanguage(course.source(), course.source(),
                course.requested(), !course.requested().equalsIgnoreCase(course.source()), false);
        return new Loaded(new QuizViews.Header(courseId, card.titleText(), quizId, row.title(), quiz), row,
                questions(row.questionsJson()));
    }

    /** The start page: the round in progress and the last finished round's score. */
    QuizViews.Overview overview(CurrentUser user, String courseId, String quizId) {
        return overview(user, courseId, quizId, null);
    }

    /** As {@link #overview(CurrentUser, String, String)}, course and lesson titles in the reader's language. */
    QuizViews.Overview overview(CurrentUser user, String courseId, String quizId, @Nullable Locale reader) {
        Loaded quiz = load(user, courseId, quizId, reader);
        QuizViews.Progress progress = current(user, quiz).filter(r -> r.finishedAt() == null).map(r -> {
            Map<String, RoundRepository.Answer> answers = answers(r.id());
            int next = 1;
            while (next <= quiz.questions().size() && answers.containsKey(quiz.questions().get(next - 1).id())) {
                next++;
            }
            return new QuizViews.Progress(answers.size(), next);
        }).orElse(null);
        CatalogViews.CoursePage course = courses.course(user, courseId, reader);
        return new QuizViews.Overview(quiz.header(), quiz.questions().size(), progress, lastScore(user, quiz.row()),
                onward(course, quiz.row()), counts(course, quiz.row()));
    }

    /**
     * Where the learner goes on from the quiz without taking it (again): the first lesson of the next module they
     * see, or the course page when the quiz follows the last one.
     */
    static QuizViews.Onward onward(CatalogViews.CoursePage course, QuizRow quiz) {
        List<CatalogViews.ModuleItem> modules = course.modules();
        for (int i = 0; i < modules.size() - 1; i++) {
            if (modules.get(i).id().equals(quiz.moduleId())) {
                CatalogViews.LessonItem next = modules.get(i + 1).lessons().get(0);
                return new QuizViews.Onward("/courses/" + quiz.courseId() + "/lessons/" + next.id(), next.title());
            }
        }
        return new QuizViews.Onward("/courses/" + quiz.courseId(), null);
    }

    /** The course's pass mark for the quiz and whether the person passed it, when passing it counts; else null. */
    @Nullable
    private static QuizViews.Counts counts(CatalogViews.CoursePage course, QuizRow quiz) {
        Integer mark = course.requirement().quizPassMark();
        String href = QuizController.path(quiz.courseId(), quiz.quizId());
        return mark == null ? null : course.requirement().quizzes().stream().filter(r -> r.href().equals(href))
                .findFirst().map(r -> new QuizViews.Counts(mark, r.passed())).orElse(null);
    }

    /** The score of the person's last finished round of the quiz (of any earlier text of it), or null. */
    @Nullable
    QuizViews.Score lastScore(CurrentUser user, QuizRow quiz) {
        return rounds.findFirstByUserIdAndQuizRefAndFinishedAtIsNotNullOrderByIdDesc(user.id(), quiz.id())
                .map(r -> score(rounds.findAnswers(r.id()))).orElse(null);
    }

    /** Starts a new round (an unfinished one is left behind); returns its id. */
    @Transactional
    long start(CurrentUser user, String courseId, String quizId) {
        Loaded quiz = load(user, courseId, quizId);
        return rounds.save(new RoundRow(null, quiz.row().id(), quiz.row().contentHash(), user.id(), clock.instant(),
                null)).id();
    }

    /** Question {@code number} (from 1) of the person's current round; empty when no round of this text runs. */
    Optional<QuizViews.QuestionPage> question(CurrentUser user, String courseId, String quizId, int number,
                                              @Nullable Locale reader) {
        Loaded quiz = load(user, courseId, quizId, reader);
        QuizSpec.Question question = question(quiz, number);
        QuizViews.Onward onward = onward(courses.course(user, courseId, reader), quiz.row());
        return current(user, quiz).map(round -> pages.question(quiz.header(), round.id(), number, question,
                quiz.questions().size(), answers(round.id()).get(question.id()), onward));
    }

    /**
     * Marks and keeps the answer to question {@code number} of the current round, by the exams' own rules; the
     * first answer counts (a second post changes nothing). Returns false when no round of this text runs.
     * Throws {@code InvalidAnswerException} for an answer the question cannot take, saving nothing.
     */
    @Transactional
    boolean answer(CurrentUser user, String courseId, String quizId, int number, @Nullable List<String> values,
                   @Nullable String text) {
        Loaded quiz = load(user, courseId, quizId);
        QuizSpec.Question question = question(quiz, number);
        Optional<RoundRow> current = current(user, quiz).flatMap(r -> rounds.lock(r.id()));
        if (current.isEmpty()) {
            return false;
        }
        long roundId = current.get().id();
        QuestionMarks.Mark mark = QuestionMarks.mark(question.type(), question.item(), question.correct(),
                QuizPages.shownOrder(question, roundId), values, text);
        rounds.answer(roundId, question.id(), mark.stored(),
                BigDecimal.valueOf(mark.score()).setScale(4, RoundingMode.HALF_UP), clock.instant());
        if (rounds.findAnswers(roundId).size() == quiz.questions().size()) {
            rounds.finish(roundId, clock.instant());
            // A passed quiz may be what the course still lacked (when its course.yaml makes quizzes count).
            courses.recordIfComplete(user, courseId);
        }
        return true;
    }

    private Optional<RoundRow> current(CurrentUser user, Loaded quiz) {
        return rounds.findFirstByUserIdAndQuizRefOrderByIdDesc(user.id(), quiz.row().id())
                .filter(r -> r.contentHash().equals(quiz.row().contentHash()));
    }

    private static QuizSpec.Question question(Loaded quiz, int number) {
        if (number < 1 || number > quiz.questions().size()) {
            throw new QuizNotFoundException(quiz.header().courseId(), quiz.header().quizId() + "/" + number);
        }
        return quiz.questions().get(number - 1);
    }

    private Map<String, RoundRepository.Answer> answers(long roundId) {
        return rounds.findAnswers(roundId).stream()
                .collect(Collectors.toMap(RoundRepository.Answer::questionId, Function.identity()));
    }

    static QuizViews.Score score(List<RoundRepository.Answer> answers) {
        int right = (int) answers.stream().filter(a -> a.score().compareTo(BigDecimal.ONE) >= 0).count();
        BigDecimal sum = answers.stream().map(RoundRepository.Answer::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new QuizViews.Score(right, answers.size(), percent(sum, answers.size()));
    }

    /** A round's mark in percent: the mean of its answers' marks (partial credit included), rounded half up. */
    static int percent(BigDecimal marks, int answers) {
        return answers == 0 ? 0 : marks.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(answers), 0, RoundingMode.HALF_UP).intValueExact();
    }

    List<QuizSpec.Question> questions(String stored) {
        try {
            return json.readValue(stored, Argument.listOf(QuizSpec.Question.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
