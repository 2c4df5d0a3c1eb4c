package io.partneracademy.authoring;

import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.quizzes.QuizSpec;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.ProblemLines;
import io.partneracademy.support.QuizFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Practice quizzes beside the lessons are read in the exam question format, and every problem names its line. */
class QuizContentTest {

    @Test
    void aQuizBesideTheLessonsIsReadWithEveryQuestionTypeAndIsNoAttachment() {
        ContentTree tree = ContentTree.read(QuizFixture.create().root());

        List<QuizSpec> quizzes = tree.quizzes().get("intro");
        assertThat(quizzes).hasSize(1);
        QuizSpec quiz = quizzes.get(0);
        assertThat(quiz.id()).isEqualTo("first-check");
        assertThat(quiz.title()).isEqualTo("First steps check");
        assertThat(quiz.moduleId()).isEqualTo("first");
        assertThat(quiz.questions()).extracting(QuizSpec.Question::type).containsExactly(ExamSpec.Type.SINGLE,
                ExamSpec.Type.MULTIPLE, ExamSpec.Type.TRUE_FALSE, ExamSpec.Type.ORDERING, ExamSpec.Type.MATCHING,
                ExamSpec.Type.SHORT_TEXT);
        assertThat(quiz.questions().get(3).item().order()).containsExactly("w", "s", "x");
        assertThat(quiz.questions().get(4).item().pairs()).containsEntry("silver", "silver-up");
        assertThat(tree.quizzes().get("silver-only")).isEmpty();
        assertThat(tree.courses().stream().filter(c -> c.id().equals("intro")).findFirst().orElseThrow().assets())
                .doesNotContainKey("first-check.quiz.yaml");
    }

    @Test
    void theShippedProgramEssentialsCourseHasAKnowledgeCheckForItsFirstModule() {
        ContentTree tree = ContentTree.read(io.partneracademy.support.ProjectDir.get().resolve("content"));

        QuizSpec quiz = tree.quizzes().get("program-essentials").get(0);
        assertThat(quiz.moduleId()).isEqualTo("program-structure");
        assertThat(quiz.questions()).hasSize(7);
        assertThat(quiz.questions()).extracting(QuizSpec.Question::type).contains(ExamSpec.Type.values());
    }

    @Test
    void everyProblemOfAQuizIsReportedAtItsLineAndNothingIsRead() {
        ContentFixture fixture = ContentFixture.create().write(QuizFixture.FILE, """
                title: Broken check
                module: second
                colour: blue
                questions:
                  - id: q1
                    section: basics
                    type: single
                    stem: Which?
                    options:
                      - id: a
                        text: A
                      - id: b
                        text: B
                    correct: [c]
                    explanation: Because.
                  - id: q1
                    type: short-text
                    stem: Type it.
                    accept:
                      - text: it
                """);

        List<String> problems = problems(fixture);

        assertThat(problems).containsExactly(
                "courses/intro/first-check.quiz.yaml:2: unknown module 'second' (not in course.yaml)",
                "courses/intro/first-check.quiz.yaml:3: unknown key 'colour'",
                "courses/intro/first-check.quiz.yaml:6: a quiz question has no section (a quiz has no blueprint)",
                "courses/intro/first-check.quiz.yaml:14: correct option 'c' is not one of the options",
                "courses/intro/first-check.quiz.yaml:16: duplicate id: question 'q1' (also in "
                        + "courses/intro/first-check.quiz.yaml)",
                "courses/intro/first-check.quiz.yaml:16: missing explanation");
    }

    @Test
    void aCourseSaysItsQuizzesCountWithAPassMarkAndTheShippedObjectionHandlingCourseDoes() {
        assertThat(ContentTree.read(QuizFixture.counting().root()).courses()).filteredOn(c -> c.id().equals("intro"))
                .extracting(io.partneracademy.catalog.CourseSpec::quizPassMark).containsExactly(80);
        assertThat(ContentTree.read(QuizFixture.create().root()).courses())
                .extracting(io.partneracademy.catalog.CourseSpec::quizPassMark).containsOnlyNulls();

        ContentTree shipped = ContentTree.read(io.partneracademy.support.ProjectDir.get().resolve("content"));
        assertThat(shipped.courses()).filteredOn(c -> c.quizPassMark() != null)
                .extracting(c -> c.id() + " " + c.quizPassMark()).containsExactly("objection-handling 80");
        QuizSpec quiz = shipped.quizzes().get("objection-handling").get(0);
        assertThat(quiz.moduleId()).isEqualTo("the-objections");
        assertThat(quiz.questions()).hasSize(5);
    }

    @Test
    void aPassMarkOutsideOneToAHundredOrAnUnknownCompletionKeyIsReportedAtItsLine() {
        ContentFixture fixture = QuizFixture.counting()
                .replace("courses/intro/course.yaml", "quiz-pass-mark: 80", "quiz-pass-mark: 0\n  lessons: all")
                .write("courses/silver-only/course.yaml", """
                        id: silver-only
                        title: Silver Secrets
                        summary: Only for Silver partners and above.
                        modules:
                          - id: only
                            title: Only module
                            lessons: [secret]
                        completion:
                          quiz-pass-mark: high
                        """);

        assertThat(problems(fixture)).containsExactly(
                "courses/intro/course.yaml:9: quiz-pass-mark must be a percentage from 1 to 100, not 0",
                "courses/intro/course.yaml:10: unknown key 'lessons'",
                "courses/silver-only/course.yaml:9: quiz-pass-mark must be a whole number, not 'high'");
    }

    @Test
    void aQuizWithoutQuestionsOrWithABadNameIsRefused() {
        ContentFixture fixture = ContentFixture.create()
                .write("courses/intro/Bad_Name.quiz.yaml", "title: T\nmodule: first\nquestions: []\n");

        List<String> problems = problems(fixture);

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("courses/intro/Bad_Name.quiz.yaml:1: quiz file name");
        assertThat(problems.get(1)).isEqualTo("courses/intro/Bad_Name.quiz.yaml:3: a quiz needs at least one question");
    }

    private static List<String> problems(ContentFixture fixture) {
        ContentInvalidException e = catchThrowableOfType(ContentInvalidException.class,
                () -> ContentTree.read(fixture.root()));
        assertThat(e).as("the tree should be invalid").isNotNull();
        ProblemLines.assertAtRealLines(fixture.root(), e.problems());
        return e.problems().stream().map(ContentProblem::toString).toList();
    }
}
