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
