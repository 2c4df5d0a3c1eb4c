package io.partneracademy.authoring;

import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GiftRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"foundation-exam", "practitioner-exam", "architect-exam"})
    void exportThenImportOfAShippedBankGivesTheSameQuestions(String examId) throws IOException {
        Path shipped = ProjectDir.get().resolve("exams").resolve(examId);
        Path gift = Files.createTempDirectory("gift").resolve(examId + ".gift");
        Files.writeString(gift, GiftExport.export(shipped));
        Path copy = Files.createDirectories(Files.createTempDirectory("exams").resolve(examId).resolve("questions"))
                .getParent();
        Files.copy(shipped.resolve("exam.yaml"), copy.resolve("exam.yaml"));

        Path bank = GiftImport.importInto(gift, copy, null);

        assertThat(bank).isEqualTo(copy.resolve("questions").resolve(examId + ".yaml"));
        // Questions GIFT cannot hold (ordering, scenario sets, case-sensitive answers, regexes) are left out with a
        // comment naming them; every other question comes back as it was.
        assertThat(sorted(ExamTree.read(copy.getParent(), null).exams().get(0)))
                .isNotEmpty()
                .isEqualTo(sorted(ExamTree.read(shipped.getParent(), null).exams().stream()
                        .filter(e -> e.id().equals(examId)).findFirst().orElseThrow()).stream()
                        .filter(q -> GiftExport.notInGift(q) == null).toList());
    }

    @Test
    void aFileWithOneRefusedQuestionWritesNothing() throws IOException {
        Path exam = smallExam();
        Path gift = exam.getParent().resolve("mixed.gift");
        Files.writeString(gift, """
                $CATEGORY: small/basics

                ::good:: Two plus two?{=four ~five ####Arithmetic.}

                ::bad:: Name a number.{=4 =four}
                """);

        ContentInvalidException refused = catchThrowableOfType(ContentInvalidException.class,
                () -> GiftImport.importInto(gift, exam, null));

        assertThat(refused.problems()).extracting(ContentProblem::toString).containsExactly(
                "mixed.gift:5: question 'bad' has no feedback to keep as its explanation (add general feedback:"
                        + " ####…)");
        assertThat(exam.resolve("questions")).isEmptyDirectory();
    }

    @Test
    void categoriesPlaceQuestionsInSectionsAndDifficulties() throws IOException {
        Path exam = smallExam();
        Path gift = exam.getParent().resolve("Week 1.gift");
        Files.writeString(gift, """
                $CATEGORY: $course$/small/advanced/hard

                ::Hard one:: Which?{=this ~that ####Because.}

                $CATEGORY: basics

                ::easy-one:: True?{TRUE####It is.}
                """);

        Path bank = GiftImport.importInto(gift, exam, null);

        List<ExamSpec.Question> questions = ExamTree.read(exam.getParent(), null).exams().get(0).questions();
        assertThat(bank.getFileName()).hasToString("week-1.yaml");
        assertThat(questions).extracting(ExamSpec.Question::id, ExamSpec.Question::section,
                        ExamSpec.Question::difficulty)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hard-one", "advanced", ExamSpec.Difficulty.HARD),
                        org.assertj.core.groups.Tuple.tuple("easy-one", "basics", ExamSpec.Difficulty.MEDIUM));
    }

    @Test
    void aQuestionNoCategoryPlacesIsReportedUnlessASectionIsGiven() throws IOException {
        Path exam = smallExam();
        Path gift = ProjectDir.get().resolve("app/src/test/resources/gift/questions.gift.txt");
        Path valid = exam.getParent().resolve("valid.gift");
        Files.writeString(valid, "::q1:: One?{=a ~b ####A.}\n\n$CATEGORY: small/advanced\n\n::q2:: Two?{~c =d ####D.}\n");

        ContentInvalidException refused = catchThrowableOfType(ContentInvalidException.class,
                () -> GiftImport.importInto(valid, exam, null));
        Path bank = GiftImport.importInto(valid, exam, "basics");
        ContentInvalidException moodle = catchThrowableOfType(ContentInvalidException.class,
                () -> GiftImport.importInto(gift, exam, "basics"));

        assertThat(refused.problems()).extracting(ContentProblem::toString).containsExactly(
                "valid.gift:1: question 'q1' has no section: its $CATEGORY (null) names none of [basics, advanced] "
                        + "and no --section was given");
        assertThat(bank).exists();
        assertThat(moodle.problems()).hasSize(7);
        assertThat(exam.resolve("questions")).isDirectoryContaining(p -> p.getFileName().toString().equals("valid.yaml"))
                .isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("questions"));
    }

    @Test
    void numericalAndMissingWordQuestionsBecomeABankThatExportsBackToTheSameGift() throws IOException {
        Path exam = smallExam();
        Path gift = exam.getParent().resolve("numbers.gift");
        Files.writeString(gift, """
                $CATEGORY: small/basics

                ::pi:: What is pi to three decimal places?{#3.141..3.142 ####About 3.1416.}

                ::year:: When was Grant born?{#
                =1822:1 # close enough
                =1822.5:0
                ~#No.
                ####He was born in 1822.}

                $CATEGORY: small/advanced

                ::blank:: Grant is {~buried =entombed ~living ####Entombed, above ground.} in Grant's tomb.
                """);

        GiftImport.importInto(gift, exam, null);
        ExamSpec imported = ExamTree.read(exam.getParent(), null).exams().get(0);
        Path again = exam.getParent().resolve("again.gift");
        Files.writeString(again, GiftExport.export(exam));
        Path copy = smallExam();
        GiftImport.importInto(again, copy, null);

        List<ExamSpec.Question> questions = sorted(imported);
        assertThat(questions).extracting(ExamSpec.Question::id).containsExactly("blank", "pi", "year");
        assertThat(questions.get(0).stem()).isEqualTo("Grant is _____ in Grant's tomb.");
        assertThat(questions.get(1).item().accepted()).containsExactly(
                new ExamSpec.Accepted("3.1415", false, new java.math.BigDecimal("0.0005")));
        assertThat(questions.get(2).item().accepted()).containsExactly(
                new ExamSpec.Accepted("1822", false, java.math.BigDecimal.ONE),
                new ExamSpec.Accepted("1822.5", false, java.math.BigDecimal.ZERO));
        assertThat(questions.get(2).explanation()).isEqualTo(
                "He was born in 1822.\n\n- 1822:1: close enough\n- any other answer: No.");
        assertThat(sorted(ExamTree.read(copy.getParent(), null).exams().get(0))).isEqualTo(questions);
    }

    private static List<ExamSpec.Question> sorted(ExamSpec exam) {
        return exam.questions().stream().sorted(Comparator.comparing(ExamSpec.Question::id)).toList();
    }

    private static Path smallExam() throws IOException {
        Path exam = Files.createDirectories(Files.createTempDirectory("exams").resolve("small").resolve("questions"))
                .getParent();
        Files.writeString(exam.resolve("exam.yaml"), """
                id: small
                path: basics
                title: Small exam
                time-limit-minutes: 10
                pass-mark-percent: 50
                blueprint:
                  - section: basics
                    title: Basics
                    draw: 1
                  - section: advanced
                    title: Advanced
                    draw: 1
                """);
        return exam;
    }
}
