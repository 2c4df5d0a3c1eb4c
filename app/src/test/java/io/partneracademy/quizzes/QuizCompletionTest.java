package io.partneracademy.quizzes;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.catalog.CatalogViews;
import io.partneracademy.catalog.Courses;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.catalog.RequirementKind;
import io.partneracademy.catalog.Requirements;
import io.partneracademy.certification.CertificationViews;
import io.partneracademy.certification.Certifications;
import io.partneracademy.learning.PathViews;
import io.partneracademy.learning.Paths;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.QuizFixture;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course whose course.yaml makes its quizzes count ({@code completion: quiz-pass-mark: 80}) is complete only once
 * the quiz is passed, and every reader of "course complete" agrees at each step: the course page and its progress,
 * the path page, the path requirements and certification. A practice-only course completes with its lessons.
 */
@MicronautTest(transactional = false)
class QuizCompletionTest extends DatabaseTest {

    private static final String[][] RIGHT = {{"a"}, {"a", "b"}, {"false"}, {"w=1", "s=2", "x=3"},
        {"intro=all", "silver=silver-up"}, {}};
    private static final String[][] WRONG = {{"b"}, {"c"}, {"true"}, {"w=3", "s=2", "x=1"},
        {"intro=nobody", "silver=all"}, {}};

    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    Learning learning;
    @Inject
    Fixtures fixtures;
    @Inject
    Courses courses;
    @Inject
    Quizzes quizzes;
    @Inject
    Paths paths;
    @Inject
    PathRules rules;
    @Inject
    Requirements requirements;
    @Inject
    Certifications certifications;
    @Inject
    DataSource dataSource;

    @Test
    void theCourseWaitsForAPassingRoundAndThePathAndCertificationFollowTheSameAnswer() throws Exception {
        importCounting();
        CurrentUser learner = Learning.learner(fixtures.user("Quinn Quiz", Role.LEARNER));

        learning.completeBasics(learner);

        CatalogViews.CoursePage course = courses.course(learner, "intro");
        assertThat(course.card().done()).isFalse();
        assertThat(course.card().progress().steps()).isEqualTo(3);
        assertThat(course.card().percent()).as("two lessons of three steps").isEqualTo(66);
        assertThat(course.requirement().quizPassMark()).isEqualTo(80);
        assertThat(course.requirement().open()).extracting(r -> r.title()).containsExactly("First steps check");
        assertThat(requirements.missing(learner.id(), rules.rule("basics").orElseThrow()))
                .isEqualTo(Map.of(RequirementKind.COURSE, List.of("intro")));
        assertThat(paths.path(learner, "basics").missing()).extracting(PathViews.Missing::id).containsExactly("intro");
        assertThat(certifications.held(learner.id())).as("exam passed, course not complete").isEmpty();
        assertThat(completions(learner)).isZero();

        round(learner, 2);
        assertThat(quizzes.overview(learner, "intro", "first-check").last().percent()).isEqualTo(67);
        assertThat(quizzes.overview(learner, "intro", "first-check").counts())
                .isEqualTo(new QuizViews.Counts(80, false));
        assertThat(courses.course(learner, "intro").card().done()).as("67 %% is below the pass mark").isFalse();
        assertThat(completions(learner)).isZero();

        round(learner, 1);

        assertThat(quizzes.overview(learner, "intro", "first-check").counts()).isEqualTo(new QuizViews.Counts(80, true));
        CatalogViews.CoursePage after = courses.course(learner, "intro");
        assertThat(after.card().done()).isTrue();
        assertThat(after.card().percent()).isEqualTo(100);
        assertThat(after.requirement().open()).isEmpty();
        assertThat(completions(learner)).isOne();
        assertThat(requirements.done(learner.id(), RequirementKind.COURSE, "intro")).isTrue();
        assertThat(paths.path(learner, "basics").missing()).isEmpty();
        assertThat(certifications.held(learner.id())).as("the passed quiz was the last piece")
                .extracting(CertificationViews.Held::pathId).containsExactly("basics");
    }

    @Test
    void aPassedRoundBeforeTheLastLessonCountsWhenTheLessonIsDone() throws Exception {
        importCounting();
        CurrentUser learner = Learning.learner(fixtures.user("Early Bird", Role.LEARNER));
        courses.complete(learner, "intro", "welcome");

        round(learner, 0);
        assertThat(completions(learner)).as("a lesson is still missing").isZero();
        courses.complete(learner, "intro", "second-lesson");

        assertThat(completions(learner)).isOne();
        assertThat(courses.course(learner, "intro").card().done()).isTrue();
    }

    @Test
    void withoutAPassMarkTheQuizStaysPracticeAndTheLessonsCompleteTheCourse() throws Exception {
        contentImporter.importTree(QuizFixture.create().root(), null);
        CurrentUser learner = Learning.learner(fixtures.user("Pia Practice", Role.LEARNER));

        learning.completeIntro(learner);

        CatalogViews.CoursePage course = courses.course(learner, "intro");
        assertThat(course.card().done()).isTrue();
        assertThat(course.card().progress().steps()).isEqualTo(2);
        assertThat(course.requirement().quizPassMark()).isNull();
        assertThat(course.requirement().quizzes()).isEmpty();
        assertThat(quizzes.overview(learner, "intro", "first-check").counts()).isNull();
        assertThat(completions(learner)).isOne();
    }

    private void importCounting() {
        contentImporter.importTree(QuizFixture.counting()
                .replace("paths/basics.yaml", "validity-months: 12", "exam: quiz\nvalidity-months: 12").root(), null);
        examImporter.importTree(ExamFixture.create());
    }

    /** A finished round with {@code wrong} of the first questions answered wrong and the rest right. */
    private void round(CurrentUser learner, int wrong) {
        quizzes.start(learner, "intro", "first-check");
        for (int number = 1; number <= RIGHT.length; number++) {
            boolean right = number > wrong;
            String text = number == RIGHT.length ? (right ? "intro" : "nope") : null;
            List<String> values = number == RIGHT.length ? null : List.of(right ? RIGHT[number - 1] : WRONG[number - 1]);
            assertThat(quizzes.answer(learner, "intro", "first-check", number, values, text)).isTrue();
        }
    }

    private long completions(CurrentUser learner) throws Exception {
        try (var connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
                .unwrapDataSource(dataSource).getConnection();
             var statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM course_completion WHERE user_id = ? AND course_id = 'intro'")) {
            statement.setLong(1, learner.id());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
