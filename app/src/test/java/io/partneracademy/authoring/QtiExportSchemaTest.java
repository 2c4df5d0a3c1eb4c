package io.partneracademy.authoring;

import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QtiExportSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"foundation-exam", "practitioner-exam", "architect-exam", "healthcare-exam"})
    void everyFileOfAShippedExamsPackageIsValidAgainstTheQti3Schemas(String examId) {
        Path exam = ProjectDir.get().resolve("exams").resolve(examId);

        Map<String, byte[]> files = QtiExport.files(new ExamReader(new io.partneracademy.content.Problems())
                .read(exam, examId));

        Map<String, String> problems = new LinkedHashMap<>();
        files.forEach((name, bytes) -> {
            String problem = QtiSchemas.problem(name.equals("imsmanifest.xml") ? QtiSchemas.manifest()
                    : QtiSchemas.asi(), bytes);
            if (problem != null) {
                problems.put(name, problem);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(files.keySet()).contains("imsmanifest.xml", "assessment.xml").hasSizeGreaterThan(10);
    }

    @Test
    void theArchitectPackageHoldsEveryItemTypeAndTheCaseStudyAsASharedStimulus() {
        Path exam = ProjectDir.get().resolve("exams").resolve("architect-exam");

        Map<String, byte[]> files = QtiExport.files(new ExamReader(new io.partneracademy.content.Problems())
                .read(exam, "architect-exam"));

        String all = files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8))
                .reduce("", String::concat);
        assertThat(all).contains("<qti-choice-interaction", "<qti-order-interaction", "<qti-match-interaction",
                "<qti-text-entry-interaction", "<qti-assessment-stimulus ", "<qti-assessment-stimulus-ref",
                "<qti-pattern-match", "base-type=\"directedPair\"", "cardinality=\"ordered\"");
        assertThat(files.keySet()).anyMatch(f -> f.startsWith("stimuli/"));
    }

    @Test
    void aShortTextWithNumberAnswersExportsAsAFloatEntryWithAnAbsoluteToleranceThatTheSchemaAccepts()
            throws java.io.IOException {
        Path exam = java.nio.file.Files.createDirectories(java.nio.file.Files.createTempDirectory("exams")
                .resolve("numbers").resolve("questions")).getParent();
        java.nio.file.Files.writeString(exam.resolve("exam.yaml"), """
                id: numbers
                path: basics
                title: Numbers
                time-limit-minutes: 10
                pass-mark-percent: 50
                blueprint:
                  - section: basics
                    title: Basics
                    draw: 1
                """);
        java.nio.file.Files.writeString(exam.resolve("questions").resolve("bank.yaml"), """
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
                """);
        io.partneracademy.content.Problems read = new io.partneracademy.content.Problems();

        Map<String, byte[]> files = QtiExport.files(new ExamReader(read).read(exam, "numbers"));

        assertThat(read.isEmpty()).isTrue();
        String item = new String(files.get("items/year.xml"), StandardCharsets.UTF_8);
        assertThat(QtiSchemas.problem(QtiSchemas.asi(), files.get("items/year.xml"))).isNull();
        assertThat(item).contains("base-type=\"float\"", "<qti-value>1822</qti-value>",
                "<qti-equal tolerance=\"1 1\" tolerance-mode=\"absolute\">",
                "<qti-equal tolerance=\"0 0\" tolerance-mode=\"absolute\">");
    }

    @Test
    void theSchemaRefusesAnItemThatBreaksIt() {
        byte[] broken = """
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="x"
                    title="x" time-dependent="false"><qti-item-body><qti-choice-interaction/></qti-item-body>
                </qti-assessment-item>""".getBytes(StandardCharsets.UTF_8);

        assertThat(QtiSchemas.problem(QtiSchemas.asi(), broken)).contains("response-identifier");
    }
}
