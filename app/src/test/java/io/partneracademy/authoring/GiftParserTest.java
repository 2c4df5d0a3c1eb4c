package io.partneracademy.authoring;

import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.exams.ExamSpec.Option;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GiftParserTest {

    private static final String REFUSED = " is not supported (only multiple choice, multiple response, true/false,"
            + " matching, short answer, numerical and missing word are)";
    private static final String NO_FEEDBACK = " has no feedback to keep as its explanation (add general feedback: ####…)";
    private static final String HTML = "HTML markup ([html] text with tags or entities) is not supported; write the"
            + " text as Markdown";

    @Test
    void moodleQuestionsFixtureImportsItsChoiceNumericalAndMissingWordQuestionsAndRefusesTheRestAtTheirLines() {
        Problems problems = new Problems();

        List<GiftQuestion> questions = parse("questions.gift.txt", problems);

        assertThat(problems.sorted()).extracting(ContentProblem::toString).containsExactly(
                "questions.gift.txt:2: essay question 'Q8' is not supported: exams are marked by the server when they"
                        + " are submitted and have no manual marking (ADR 0039)",
                // matching is read now: its [html] stem has tags, and it has no feedback to keep
                "questions.gift.txt:5: " + HTML,
                "questions.gift.txt:5: question 'Moodle activities'" + NO_FEEDBACK,
                // short answer is read now: its 50% and 0% answers have no form in our short text
                "questions.gift.txt:36: partial credit (=%50%) in a short answer is not supported: an accepted answer"
                        + " scores 100%",
                "questions.gift.txt:37: a 0% answer (=%0%, feedback for a wrong answer) is not supported: list only"
                        + " the accepted answers",
                "questions.gift.txt:46: question '2-08 TSL' has no feedback to keep as its explanation "
                        + "(add general feedback: ####…)",
                "questions.gift.txt:49: question '2-08 TSL' has no feedback to keep as its explanation "
                        + "(add general feedback: ####…)");
        assertThat(questions).containsExactly(
                new GiftQuestion(14, "Q2", null, ExamSpec.Type.SINGLE,
                        "What's between orange and green in the spectrum?",
                        List.of(new Option("a", "yellow"), new Option("b", "red"), new Option("c", "blue")),
                        Set.of("a"), "- yellow: right; good!\n- red: wrong, it's yellow\n- blue: wrong, it's yellow"),
                new GiftQuestion(22, "colours", null, ExamSpec.Type.MULTIPLE,
                        "What's between orange and green in the spectrum?",
                        List.of(new Option("a", "yellow"), new Option("b", "red"), new Option("c", "off-beige"),
                                new Option("d", "blue")),
                        Set.of("a", "c"), "- yellow: right; good!\n- red: wrong\n- off-beige: right; good!\n"
                                + "- blue: wrong"),
                // numerical 3:2 (1 to 5); the stray '";' after the block makes it a missing-word question in Moodle
                new GiftQuestion(31, "Q5", null, ExamSpec.Type.SHORT_TEXT, "What is a number from 1 to 5? _____\";",
                        List.of(), Set.of(), "- any other answer: Completely wrong",
                        new ExamSpec.Item(List.of(), List.of(), java.util.Map.of(), List.of(new ExamSpec.Accepted("3",
                                false, java.math.BigDecimal.valueOf(2))), false, null, null, 0)),
                new GiftQuestion(41, "Q1", null, ExamSpec.Type.TRUE_FALSE,
                        "42 is the Absolute Answer to everything._____\";",
                        List.of(new Option("true", "True"), new Option("false", "False")), Set.of("false"),
                        "This is, of course, a Hitchiker's Guide to the Galaxy reference.\n\n"
                                + "- when answered wrongly: 42 is the Ultimate Answer.\n"
                                + "- when answered rightly: You gave the right answer."));
    }

    @Test
    void moodleCategoryFixtureImportsNothingAndSaysWhyForEachQuestion() {
        Problems problems = new Problems();

        List<GiftQuestion> questions = parse("questions_in_category.gift.txt", problems);

        assertThat(questions).isEmpty();
        assertThat(problems.sorted()).extracting(ContentProblem::toString).containsExactly(
                "questions_in_category.gift.txt:5: question 'Moodle activities'" + NO_FEEDBACK,
                "questions_in_category.gift.txt:14: HTML markup ([html] text with tags or entities) is not "
                        + "supported; write the text as Markdown",
                "questions_in_category.gift.txt:22: question 'Moodle user'" + NO_FEEDBACK,
                "questions_in_category.gift.txt:27: HTML markup ([html] text with tags or entities) is not "
                        + "supported; write the text as Markdown",
                "questions_in_category.gift.txt:27: question 'Moodle acronym' has no feedback to keep as its "
                        + "explanation (add general feedback: ####…)");
    }

    @Test
    void escapesCommentsCategoriesAndTrueFalseFeedbackAreRead() {
        Problems problems = new Problems();
        String gift = """
                // a comment line is not part of the question
                $CATEGORY: $course$/basics/hard

                ::Ratio\\: one\\=two:: Which brace is \\{ and which is \\}?\\nSecond line with \\~ and \\# and \\\\.{
                  =Left \\{ # opens
                  ~Right \\} # closes
                  #### Braces \\{\\} come in pairs.
                }

                ::tf::[markdown]The sky is *blue*.{F#It is blue.#Yes, blue.####Rayleigh scattering.}
                """;

        List<GiftQuestion> questions = new GiftParser("x.gift", problems).parse(gift);

        assertThat(problems.sorted()).isEmpty();
        assertThat(questions).containsExactly(
                new GiftQuestion(4, "Ratio: one=two", "$course$/basics/hard", ExamSpec.Type.SINGLE,
                        "Which brace is { and which is }?\nSecond line with ~ and # and \\.",
                        List.of(new Option("a", "Left {"), new Option("b", "Right }")), Set.of("a"),
                        "Braces {} come in pairs.\n\n- Left {: opens\n- Right }: closes"),
                new GiftQuestion(10, "tf", "$course$/basics/hard", ExamSpec.Type.TRUE_FALSE, "The sky is *blue*.",
                        List.of(new Option("true", "True"), new Option("false", "False")), Set.of("false"),
                        "Rayleigh scattering.\n\n- when answered wrongly: It is blue.\n"
                                + "- when answered rightly: Yes, blue."));
    }

    @Test
    void weightsWeCannotGradeAreRefusedAtTheirAnswerLine() {
        Problems problems = new Problems();
        String gift = """
                ::unequal:: Pick two.{
                ~%70%a
                ~%30%b
                ~c
                ####Because.}

                ::partial:: Pick one.{
                =a
                ~%50%b
                ####Because.}

                ::no-block:: Just a description.
                """;

        List<GiftQuestion> questions = new GiftParser("w.gift", problems).parse(gift);

        assertThat(questions).isEmpty();
        assertThat(problems.sorted()).extracting(ContentProblem::toString).containsExactly(
                "w.gift:1: the right answers must share 100% equally (here [70, 30]): other weights are not "
                        + "supported",
                "w.gift:9: partial credit (~%50%) in a single-choice question is not supported: an answer is right "
                        + "(=) or wrong (~)",
                "w.gift:12: description 'no-block' (a question without an answer block {…})" + REFUSED);
    }

    @Test
    void anAnswerWithOnlyFeedbackIsRefusedAtItsLineInChoiceAndShortAnswerQuestionsAlike() {
        Problems problems = new Problems();
        String gift = """
                ::choice:: Pick one.{
                =right#Yes.
                ~#Only feedback.
                ####Because.}

                ::short:: Name it.{
                =Partner Academy#Yes.
                =#Only feedback.
                ####Because.}
                """;

        List<GiftQuestion> questions = new GiftParser("e.gift", problems).parse(gift);

        assertThat(questions).isEmpty();
        assertThat(problems.sorted()).extracting(ContentProblem::toString).containsExactly(
                "e.gift:3: an answer has no text",
                "e.gift:8: an answer has no text");
    }

    private static List<GiftQuestion> parse(String name, Problems problems) {
        String text = ContentFiles.text(ProjectDir.get().resolve("app/src/test/resources/gift").resolve(name), name,
                problems);
        return new GiftParser(name, problems).parse(text);
    }
}
