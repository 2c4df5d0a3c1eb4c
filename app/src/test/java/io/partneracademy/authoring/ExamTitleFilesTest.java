package io.partneracademy.authoring;

import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Translations of exam titles and section titles ({@code exams/<id>/exam.<lang>.yaml}) as the exam reader reads them. */
class ExamTitleFilesTest {

    @TempDir
    Path root;

    @Test
    void aTitleTranslationIsReadWithItsSectionsAndSource() throws IOException {
        Path exam = copyOfTheFoundationExam();
        Files.writeString(exam.resolve("exam.pt-BR.yaml"), """
                title: Exame de certificação Foundation
                source: 0123456789ab
                sections:
                  - section: value
                    title: Proposta de valor
                """);

        ExamSpec read = ExamTree.read(root, null).exams().get(0);

        assertThat(read.titles()).singleElement().isEqualTo(new ExamSpec.TitleTranslation("pt-BR",
                "Exame de certificação Foundation", Map.of("value", "Proposta de valor"), "0123456789ab"));
    }

    @Test
    void badTitleTranslationsAreReportedWithFileAndLineAndNoExamIsRead() throws IOException {
        Path exam = copyOfTheFoundationExam();
        Files.writeString(exam.resolve("exam.de_DE.yaml"), "title: x\nsource: 0123456789ab\n");
        Files.writeString(exam.resolve("exam.en.yaml"), "title: x\nsource: 0123456789ab\n");
        Files.writeString(exam.resolve("exam.fr.yaml"), """
                title: Examen
                source: 12345
                sections:
                  - section: program
                    title: Le programme
                  - section: pricing
                    title: Les prix
                """);
        Files.writeString(exam.resolve("exam.it.yaml"), """
                source: 0123456789ab
                sections:
                  - section: program
                    title: Il programma
                  - section: program
                    title: Di nuovo
                colour: blue
                """);

        List<String> problems = MalformedContentTest.examProblems(root);

        assertThat(problems).containsExactlyInAnyOrder(
                "foundation-exam/exam.de_DE.yaml:1: 'de_DE' is not a valid BCP 47 language tag",
                "foundation-exam/exam.en.yaml:1: 'en' is the source's own language (exams are written in English);"
                        + " a translation needs another one",
                "foundation-exam/exam.fr.yaml:2: source must be the 12 hex digits of the fingerprint of the exam's"
                        + " title and section titles (shown on the exam's translations page), not '12345'",
                "foundation-exam/exam.fr.yaml:6: missing source: the blueprint has no section 'pricing'",
                "foundation-exam/exam.it.yaml:1: missing title",
                "foundation-exam/exam.it.yaml:5: duplicate id: section 'program'",
                "foundation-exam/exam.it.yaml:7: unknown key 'colour'");
    }

    @Test
    void everyShippedTitleTranslationNamesTheSourceAsItIsNowAndTranslatesEverySection() {
        List<ExamSpec> exams = ExamTree.read(ProjectDir.get().resolve("exams"), null).exams();

        for (ExamSpec exam : exams) {
            assertThat(exam.titles()).as(exam.id()).extracting(ExamSpec.TitleTranslation::language)
                    .contains("de", "fr");
            for (ExamSpec.TitleTranslation t : exam.titles()) {
                String where = exam.id() + "/exam." + t.language() + ".yaml";
                assertThat(t.source()).as(where).isEqualTo(ExamSpec.titleFingerprint(exam.title(), exam.blueprint()));
                assertThat(t.title()).as(where).isNotBlank().isNotEqualTo(exam.title());
                assertThat(t.sections().keySet()).as(where).containsExactlyInAnyOrderElementsOf(
                        exam.blueprint().stream().map(ExamSpec.Section::id).toList());
                exam.blueprint().forEach(s -> assertThat(t.sections().get(s.id())).as(where + " " + s.id())
                        .isNotEqualTo(s.title()));
            }
        }
        assertThat(exams.stream().filter(e -> e.id().equals("foundation-exam")).findFirst().orElseThrow().titles())
                .extracting(ExamSpec.TitleTranslation::language).containsExactly("de", "fr", "ja");
    }

    private Path copyOfTheFoundationExam() throws IOException {
        Path shipped = ProjectDir.get().resolve("exams/foundation-exam");
        Path copy = root.resolve("foundation-exam");
        Files.createDirectories(copy.resolve("questions"));
        Files.copy(shipped.resolve("exam.yaml"), copy.resolve("exam.yaml"));
        for (String bank : List.of("program.yaml", "value.yaml", "registration.yaml")) {
            Files.copy(shipped.resolve("questions").resolve(bank), copy.resolve("questions").resolve(bank));
        }
        return copy;
    }
}
