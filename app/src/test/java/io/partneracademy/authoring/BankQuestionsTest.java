package io.partneracademy.authoring;

import io.partneracademy.content.ContentSettings;
import io.partneracademy.exams.ExamNotFoundException;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Questions written on the bank page are saved in the exam file format to the exam's browser bank, read back by the
 * exam reader into the same model as every bank, and refused with each problem named by its field; nothing is
 * written from a rejected form, and a double post saves once.
 */
class BankQuestionsTest {

    private final Path exams = ProjectDir.copyOf("exams");
    private final BankQuestions questions = new BankQuestions(new ExamBanks(
            new ContentSettings(Path.of("content"), exams, false)));
    private final Path bank = exams.resolve("foundation-exam/questions").resolve(BankQuestions.BANK);

    @Test
    void eachKindIsSavedToTheBrowserBankAndReadByTheExamReaderAsItsModel() {
        questions.save("foundation-exam", null, BankQuestionKind.ORDERING, form("fnd-web-order", "program")
                .steps("Register the deal", "Wait for approval", "Close the deal"));
        questions.save("foundation-exam", null, BankQuestionKind.MATCHING, form("fnd-web-match", "registration")
                .pairs(List.of("Approved", "Rejected", "Expired"), List.of("Protected for 90 days",
                        "Not protected", "Not protected"), List.of("Paid twice")));
        questions.save("foundation-exam", null, BankQuestionKind.SHORT_TEXT, form("fnd-web-text", "value")
                .accepted(List.of("  Deal   registration ", "deal ?reg(istration)?"), List.of("text", "regex"), true));
        questions.save("foundation-exam", null, BankQuestionKind.NUMERICAL, form("fnd-web-number", "program")
                .numbers(List.of("90", "1,000"), List.of("", "0.5")));

        Map<String, ExamSpec.Question> read = published();
        ExamSpec.Question order = read.get("fnd-web-order");
        assertThat(order.type()).isEqualTo(ExamSpec.Type.ORDERING);
        assertThat(order.options()).extracting(ExamSpec.Option::text)
                .containsExactly("Register the deal", "Wait for approval", "Close the deal");
        assertThat(order.item().order()).containsExactly("a", "b", "c");
        assertThat(order.difficulty()).isEqualTo(ExamSpec.Difficulty.HARD);
        ExamSpec.Question match = read.get("fnd-web-match");
        assertThat(match.item().targets()).extracting(ExamSpec.Option::text)
                .containsExactly("Protected for 90 days", "Not protected", "Paid twice");
        assertThat(match.item().pairs()).isEqualTo(Map.of("a", "t1", "b", "t2", "c", "t2"));
        ExamSpec.Question text = read.get("fnd-web-text");
        assertThat(text.item().accepted()).containsExactly(new ExamSpec.Accepted("Deal   registration", false),
                new ExamSpec.Accepted("deal ?reg(istration)?", true));
        assertThat(text.item().caseSensitive()).isTrue();
        assertThat(io.partneracademy.exams.ShortText.accepted(text.item(), " Deal registration")).isTrue();
        ExamSpec.Question number = read.get("fnd-web-number");
        assertThat(number.item().accepted()).containsExactly(new ExamSpec.Accepted("90", false, BigDecimal.ZERO),
                new ExamSpec.Accepted("1000", false, new BigDecimal("0.5")));
        assertThat(io.partneracademy.exams.ShortText.accepted(number.item(), "1,000.4")).isTrue();
        assertThat(questions.written("foundation-exam")).extracting(ExamSpec.Question::id)
                .containsExactly("fnd-web-order", "fnd-web-match", "fnd-web-text", "fnd-web-number");
        assertThat(BankQuestionForm.of(number).number()).containsExactly("90", "1000");
    }

    @Test
    void everyProblemIsNamedByItsFieldAndNothingIsWritten() {
        BankQuestionRejectedException matching = catchThrowableOfType(BankQuestionRejectedException.class,
                () -> questions.save("foundation-exam", null, BankQuestionKind.MATCHING,
                        new Form("Bad Id", "nope", "extreme", " ", "").pairs(List.of("Approved", "Rejected"),
                                List.of("Protected", ""), List.of())));
        BankQuestionRejectedException numbers = catchThrowableOfType(BankQuestionRejectedException.class,
                () -> questions.save("foundation-exam", null, BankQuestionKind.NUMERICAL,
                        form("fnd-web-number", "program").numbers(List.of("12x", "", "5"), List.of("", "1", "-1"))));
        BankQuestionRejectedException text = catchThrowableOfType(BankQuestionRejectedException.class,
                () -> questions.save("foundation-exam", null, BankQuestionKind.SHORT_TEXT,
                        form("fnd-program-001", "program").accepted(List.of("", "(unclosed", ".*"),
                                List.of("text", "regex", "regex"), false)));

        assertThat(matching.fields()).isEqualTo(Map.of(
                "id", List.of("question id 'Bad Id' is not a valid id (lowercase letters, digits and single hyphens, at"
                        + " most 64 characters)"),
                "section", List.of("unknown section 'nope' (not in the blueprint)"),
                "difficulty", List.of("unknown difficulty 'extreme'"),
                "stem", List.of("missing stem"),
                "explanation", List.of("missing explanation"),
                "prompt-2", List.of("matching option 'b' has no match (the id of its target)"),
                "pairs", List.of("a matching question needs at least two targets")));
        assertThat(numbers.fields()).isEqualTo(Map.of(
                "number-1", List.of("'12x' is not a number"),
                "number-2", List.of("an accepted answer has either text, regex or number"),
                "tolerance-3", List.of("a tolerance is a number of 0 or more, not '-1'")));
        assertThat(text.fields()).isEqualTo(Map.of(
                "id", List.of("duplicate id: question 'fnd-program-001' (also in foundation-exam/questions/program.yaml)"),
                "accept-2", List.of("bad regex '(unclosed': missing closing ) (RE2 syntax: no back-references or"
                        + " look-around)"),
                "accept-3", List.of("regex '.*' accepts an empty answer")));
        assertThat(bank).doesNotExist();
    }

    @Test
    void aSecondPostOfTheSameQuestionSavesItOnceAndEditingReplacesItInPlace() throws IOException {
        BankQuestionForm first = form("fnd-web-number", "program").numbers(List.of("90"), List.of(""));
        questions.save("foundation-exam", null, BankQuestionKind.NUMERICAL, first);
        questions.save("foundation-exam", null, BankQuestionKind.ORDERING, form("fnd-web-order", "program")
                .steps("One", "Two"));
        String before = Files.readString(bank);

        questions.save("foundation-exam", null, BankQuestionKind.NUMERICAL, first);
        BankQuestionRejectedException taken = catchThrowableOfType(BankQuestionRejectedException.class,
                () -> questions.save("foundation-exam", null, BankQuestionKind.NUMERICAL,
                        form("fnd-web-number", "program").numbers(List.of("91"), List.of(""))));
        assertThat(Files.readString(bank)).isEqualTo(before);
        assertThat(taken.fields()).containsOnlyKeys("id");

        questions.save("foundation-exam", "fnd-web-number", BankQuestionKind.NUMERICAL,
                form("ignored-id", "program").numbers(List.of("91"), List.of("2")));

        assertThat(questions.written("foundation-exam")).extracting(ExamSpec.Question::id)
                .containsExactly("fnd-web-number", "fnd-web-order");
        assertThat(published().get("fnd-web-number").item().accepted())
                .containsExactly(new ExamSpec.Accepted("91", false, new BigDecimal("2")));
        assertThat(Files.readString(bank)).startsWith("# Questions written on the exam's bank page");
        assertThat(catchThrowableOfType(ExamNotFoundException.class,
                () -> questions.question("foundation-exam", "fnd-program-001"))).isNotNull();
    }

    @Test
    void hostileValuesAreSavedAsTextOrRefusedNeverBreakTheBank() {
        questions.save("foundation-exam", null, BankQuestionKind.SHORT_TEXT, new Form("fnd-web-hostile", "value",
                "medium", "key: value\n- [a, b]\n\"quoted\" #not a comment\n&anchor *alias", "Because: yes")
                .accepted(List.of("{x}", "#1"), List.of("text", "unknown-kind"), false));

        ExamSpec.Question read = published().get("fnd-web-hostile");
        assertThat(read.stem()).isEqualTo("key: value\n- [a, b]\n\"quoted\" #not a comment\n&anchor *alias");
        assertThat(read.item().accepted()).extracting(ExamSpec.Accepted::text).containsExactly("{x}", "#1");
    }

    private Map<String, ExamSpec.Question> published() {
        Map<String, ExamSpec.Question> byId = new java.util.HashMap<>();
        ExamTree.read(exams, null).exams().stream().filter(e -> e.id().equals("foundation-exam"))
                .flatMap(e -> e.questions().stream()).forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    private static Form form(String id, String section) {
        return new Form(id, section, "hard", "What comes **next**?", "Because the rules say so.");
    }

    /** Builds the posted form of one kind. */
    private record Form(String id, String section, String difficulty, String stem, String explanation) {

        BankQuestionForm steps(String... steps) {
            return new BankQuestionForm(id, section, difficulty, stem, explanation, List.of(steps), null, null, null,
                    null, null, null, null, null, null);
        }

        BankQuestionForm pairs(List<String> prompts, List<String> matches, List<String> extra) {
            return new BankQuestionForm(id, section, difficulty, stem, explanation, null, prompts, matches, extra,
                    null, null, null, null, null, null);
        }

        BankQuestionForm accepted(List<String> texts, List<String> kinds, boolean caseSensitive) {
            return new BankQuestionForm(id, section, difficulty, stem, explanation, null, null, null, null, texts,
                    kinds, caseSensitive ? "true" : null, null, null, null);
        }

        BankQuestionForm numbers(List<String> numbers, List<String> tolerances) {
            return new BankQuestionForm(id, section, difficulty, stem, explanation, null, null, null, null, null,
                    null, null, numbers, tolerances, null);
        }
    }

}
