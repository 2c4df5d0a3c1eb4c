package io.partneracademy.authoring;

import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QtiRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"foundation-exam", "practitioner-exam", "architect-exam", "healthcare-exam"})
    void exportThenImportOfAShippedExamGivesBackEveryQuestionWithItsKey(String examId) throws IOException {
        Path shipped = ProjectDir.get().resolve("exams").resolve(examId);
        byte[] zip = QtiExport.export(shipped);
        Path copy = emptyCopy(shipped, examId);

        Path bank = QtiImport.importInto(examId + ".zip", zip, copy, null);

        assertThat(bank).isEqualTo(copy.resolve("questions").resolve(examId + ".yaml"));
        // Same ids, sections, difficulties, types, texts, options, keys, accepted answers, case rules and scenario
        // sets (shared case text and order): the grader scores an imported question exactly as the original.
        List<ExamSpec.Question> original = sorted(read(shipped.getParent(), examId));
        assertThat(sorted(read(copy.getParent(), examId))).hasSize(original.size()).isEqualTo(original);
        // Exported again, every item and stimulus file is byte for byte the same (the bank's order may differ).
        java.util.Map<String, byte[]> first = QtiExport.files(read(shipped.getParent(), examId));
        java.util.Map<String, byte[]> again = QtiExport.files(read(copy.getParent(), examId));
        assertThat(again.keySet()).containsExactlyInAnyOrderElementsOf(first.keySet());
        first.keySet().stream().filter(f -> f.startsWith("items/") || f.startsWith("stimuli/"))
                .forEach(f -> assertThat(again.get(f)).as(f).isEqualTo(first.get(f)));
    }

    @org.junit.jupiter.api.Test
    void numberAnswersComeBackWithTheirTolerancesAndTheExportedItemsPassTheSchema() throws IOException {
        Path exam = Files.createDirectories(Files.createTempDirectory("exams").resolve("numbers").resolve("questions"))
                .getParent();
        Files.writeString(exam.resolve("exam.yaml"), """
                id: numbers
                path: basics
                title: Numbers
                time-limit-minutes: 10
                pass-mark-percent: 50
                blueprint:
                  - section: basics
                    title: Basics
                    draw: 3
                """);
        Files.writeString(exam.resolve("questions").resolve("bank.yaml"), """
                questions:
                  - id: year
                    section: basics
                    difficulty: easy
                    type: short-text
                    stem: When was Grant born?
                    accept:
                      - number: 1822
                        tolerance: 1
                      - number: 1822.5
                    explanation: In 1822.
                  - id: below-zero
                    section: basics
                    difficulty: medium
                    type: short-text
                    stem: What is the lowest temperature the sensor reads, in degrees?
                    accept:
                      - number: -40.25
                        tolerance: 0.125
                    explanation: Minus 40.25 degrees.
                  - id: 7-share
                    section: basics
                    difficulty: hard
                    type: short-text
                    stem: What share of 180 cases is 92%?
                    accept:
                      - number: 165.6
                        tolerance: 0.6
                      - number: 0.000001
                    explanation: 165.6 cases.
                """);
        ExamSpec original = new ExamReader(new io.partneracademy.content.Problems()).read(exam, "numbers");
        Map<String, byte[]> files = QtiExport.files(original);
        files.forEach((name, bytes) -> assertThat(QtiSchemas.problem(name.equals("imsmanifest.xml")
                ? QtiSchemas.manifest() : QtiSchemas.asi(), bytes)).as(name).isNull());
        Path copy = emptyCopy(exam, "numbers");

        QtiImport.importInto("numbers.zip", QtiExport.zip(files), copy, null);

        assertThat(sorted(read(copy.getParent(), "numbers"))).isEqualTo(sorted(original));
        assertThat(sorted(read(copy.getParent(), "numbers")).get(0).item().accepted()).containsExactly(
                new ExamSpec.Accepted("165.6", false, new java.math.BigDecimal("0.6")),
                new ExamSpec.Accepted("0.000001", false, java.math.BigDecimal.ZERO));
    }

    static Path emptyCopy(Path shipped, String examId) throws IOException {
        Path copy = Files.createDirectories(Files.createTempDirectory("exams").resolve(examId).resolve("questions"))
                .getParent();
        Files.copy(shipped.resolve("exam.yaml"), copy.resolve("exam.yaml"));
        return copy;
    }

    private static ExamSpec read(Path examsDir, String examId) {
        return ExamTree.read(examsDir, null).exams().stream().filter(e -> e.id().equals(examId)).findFirst()
                .orElseThrow();
    }

    private static List<ExamSpec.Question> sorted(ExamSpec exam) {
        return exam.questions().stream().sorted(Comparator.comparing(ExamSpec.Question::id)).toList();
    }
}
