package io.partneracademy.authoring;

import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.exams.ShortText;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GIFT numerical and missing-word questions, checked against Moodle's own GIFT examples
 * ({@code question/format/gift/examples.txt}, copied into the test resources, see their README): the whole file's
 * report, and the number answers Moodle's numerical examples become, graded.
 */
class GiftNumericalTest {

    private static final String NO_FEEDBACK = " has no feedback to keep as its explanation (add general feedback: ####…)";

    @Test
    void moodlesExamplesFileImportsWhatHasAnExplanationAndReportsEveryOtherQuestionAtItsLine() {
        Problems problems = new Problems();
        String text = ContentFiles.text(ProjectDir.get().resolve("app/src/test/resources/gift/examples.txt"),
                "examples.txt", problems);

        List<GiftQuestion> questions = new GiftParser("examples.txt", problems).parse(text);

        assertThat(problems.sorted()).extracting(ContentProblem::toString).containsExactly(
                "examples.txt:8: question" + NO_FEEDBACK,
                "examples.txt:10: question" + NO_FEEDBACK,
                "examples.txt:12: question" + NO_FEEDBACK,
                "examples.txt:14: question" + NO_FEEDBACK,
                "examples.txt:16: question" + NO_FEEDBACK,
                "examples.txt:25: question" + NO_FEEDBACK,
                "examples.txt:27: question" + NO_FEEDBACK,
                "examples.txt:29: question" + NO_FEEDBACK,
                "examples.txt:35: question" + NO_FEEDBACK,
                "examples.txt:43: question" + NO_FEEDBACK,
                "examples.txt:45: question" + NO_FEEDBACK,
                "examples.txt:49: question" + NO_FEEDBACK,
                "examples.txt:51: question" + NO_FEEDBACK,
                "examples.txt:55: question" + NO_FEEDBACK,
                "examples.txt:61: question" + NO_FEEDBACK,
                "examples.txt:70: question" + NO_FEEDBACK,
                "examples.txt:72: question" + NO_FEEDBACK,
                "examples.txt:74: question" + NO_FEEDBACK,
                "examples.txt:78: partial credit (=%50%) in a numerical answer is not supported: an accepted answer scores 100%",
                "examples.txt:85: question" + NO_FEEDBACK,
                "examples.txt:90: question 'Kanji Origins'" + NO_FEEDBACK,
                "examples.txt:93: question 'Thanksgiving Date'" + NO_FEEDBACK,
                "examples.txt:115: partial credit (~%50%) in a single-choice question is not supported: an answer is right (=) or wrong (~)",
                "examples.txt:119: partial credit (~%25%) in a single-choice question is not supported: an answer is right (=) or wrong (~)",
                "examples.txt:120: partial credit (~%50%) in a single-choice question is not supported: an answer is right (=) or wrong (~)",
                "examples.txt:125: partial credit (=%75%) in a short answer is not supported: an accepted answer scores 100%",
                "examples.txt:126: partial credit (=%25%) in a short answer is not supported: an accepted answer scores 100%",
                "examples.txt:130: question" + NO_FEEDBACK,
                "examples.txt:136: question" + NO_FEEDBACK,
                "examples.txt:143: question" + NO_FEEDBACK,
                "examples.txt:167: question" + NO_FEEDBACK,
                "examples.txt:169: question" + NO_FEEDBACK,
                "examples.txt:171: question" + NO_FEEDBACK,
                "examples.txt:173: question" + NO_FEEDBACK,
                "examples.txt:175: question" + NO_FEEDBACK,
                "examples.txt:177: question" + NO_FEEDBACK,
                "examples.txt:192: partial credit (~%50%) in a single-choice question is not supported: an answer is right (=) or wrong (~)",
                "examples.txt:197: partial credit (=%75%) in a short answer is not supported: an accepted answer scores 100%",
                "examples.txt:198: partial credit (=%25%) in a short answer is not supported: an accepted answer scores 100%",
                "examples.txt:205: partial credit (=%50%) in a numerical answer is not supported: an accepted answer scores 100%");
        assertThat(questions).extracting(GiftQuestion::line).containsExactly(98, 103, 108, 113, 148, 184);
        GiftQuestion missingWord = questions.get(5);
        assertThat(missingWord.title()).isEqualTo("Grant's Tomb");
        assertThat(missingWord.stem()).isEqualTo("Grant is _____ in Grant's tomb.");
        assertThat(missingWord.options()).extracting(ExamSpec.Option::text).containsExactly("buried", "entombed",
                "living");
        assertThat(missingWord.correct()).containsExactly("b");
    }

    @Test
    void moodlesNumericalExamplesBecomeNumberAnswersWithTheirTolerance() {
        assertThat(accepted("{#1822}")).containsExactly(number("1822", "0"));
        assertThat(accepted("{#1822:1}")).containsExactly(number("1822", "1"));
        assertThat(accepted("{#3.1415:0.0005}")).containsExactly(number("3.1415", "0.0005"));
        assertThat(accepted("{#3.141..3.142}")).containsExactly(number("3.1415", "0.0005"));
        assertThat(accepted("{#\n    =1822:0\n    =1823:0}")).containsExactly(number("1822", "0"),
                number("1823", "0"));
    }

    @Test
    void aNumberAnswerIsRightWithinItsToleranceWhateverTheLearnerTypes() {
        ExamSpec.Item pi = item(accepted("{#3.141..3.142}"));
        ExamSpec.Item year = item(accepted("{#1822:1}"));

        assertThat(ShortText.accepted(pi, "3.141")).isTrue();
        assertThat(ShortText.accepted(pi, " 3.1416 ")).isTrue();
        assertThat(ShortText.accepted(pi, "3.142")).isTrue();
        assertThat(ShortText.accepted(pi, "3.1421")).isFalse();
        assertThat(ShortText.accepted(pi, "pi")).isFalse();
        assertThat(ShortText.accepted(year, "1823")).isTrue();
        assertThat(ShortText.accepted(year, "1824")).isFalse();
        assertThat(ShortText.accepted(year, "1821.0")).isTrue();
        assertThat(ShortText.accepted(year, "1 822")).isTrue();
    }

    @Test
    void aLearnersCommaIsReadTheWayTheirCountryWritesNumbers() {
        ExamSpec.Item minutes = item(accepted("{#43.2:0.05}"));
        ExamSpec.Item big = item(accepted("{#1822.5}"));
        ExamSpec.Item gigabytes = item(accepted("{#1.822}"));
        ExamSpec.Item seats = item(accepted("{#1822}"));

        assertThat(ShortText.accepted(minutes, "43,2")).as("a single comma is a decimal comma").isTrue();
        assertThat(ShortText.accepted(minutes, "43,25")).isTrue();
        assertThat(ShortText.accepted(minutes, "43.2")).isTrue();
        assertThat(ShortText.accepted(minutes, "432")).isFalse();
        assertThat(ShortText.accepted(big, "1,822.5")).as("with a decimal point, commas group thousands").isTrue();
        assertThat(ShortText.accepted(big, "1.822,5")).as("with a decimal comma, points group thousands").isTrue();
        assertThat(ShortText.accepted(big, "1,822,5")).as("several commas group thousands: 18225").isFalse();
        assertThat(ShortText.accepted(seats, "1,822")).as("1,822 in Boston").isTrue();
        assertThat(ShortText.accepted(gigabytes, "1,822")).as("1,822 in Munich").isTrue();
        assertThat(ShortText.accepted(seats, "18,22")).isFalse();
    }

    @Test
    void aDecimalCommaInAGiftFileIsRefusedAsMoodleRefusesIt() {
        Problems problems = new Problems();

        new GiftParser("c.gift", problems).parse("""
                ::pi:: Pi to two places?{#
                =3,14:0,005
                ####Because.}
                """);

        assertThat(problems.sorted()).extracting(ContentProblem::toString).containsExactly(
                "c.gift:2: numerical answer '3,14:0,005' has a comma: a GIFT number has a decimal point and no"
                        + " thousands separator ('3.14:0.005'), as Moodle reads it");
    }

    @Test
    void numbersWeCannotReadAreReportedAtTheirLine() {
        Problems problems = new Problems();

        new GiftParser("n.gift", problems).parse("""
                ::a:: How many?{#
                =twelve
                =5..1
                ####Because.}
                """);

        assertThat(problems.sorted()).extracting(ContentProblem::toString).containsExactly(
                "n.gift:2: numerical answer 'twelve' is not a number, a number:tolerance or a min..max range",
                "n.gift:3: numerical answer '5..1' has a negative tolerance or a range whose minimum is above its"
                        + " maximum");
    }

    private static List<ExamSpec.Accepted> accepted(String block) {
        Problems problems = new Problems();
        List<GiftQuestion> questions = new GiftParser("x.gift", problems).parse("Q? " + block.replace("}",
                "####Why.}") + "\n");
        assertThat(problems.sorted()).isEmpty();
        assertThat(questions.get(0).type()).isEqualTo(ExamSpec.Type.SHORT_TEXT);
        return questions.get(0).item().accepted();
    }

    private static ExamSpec.Accepted number(String value, String tolerance) {
        return new ExamSpec.Accepted(value, false, new BigDecimal(tolerance).stripTrailingZeros());
    }

    private static ExamSpec.Item item(List<ExamSpec.Accepted> accepted) {
        return new ExamSpec.Item(List.of(), List.of(), java.util.Map.of(), accepted, false, null, null, 0);
    }
}
