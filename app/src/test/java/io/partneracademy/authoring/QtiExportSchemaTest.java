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
    void theSchemaRefusesAnItemThatBreaksIt() {
        byte[] broken = """
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="x"
                    title="x" time-dependent="false"><qti-item-body><qti-choice-interaction/></qti-item-body>
                </qti-assessment-item>""".getBytes(StandardCharsets.UTF_8);

        assertThat(QtiSchemas.problem(QtiSchemas.asi(), broken)).contains("response-identifier");
    }
}
