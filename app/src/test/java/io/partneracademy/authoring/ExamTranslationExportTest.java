package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.exams.ExamPublisher;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exam's translations exported as files (browser saves included): unpacked next to the source banks, the importer
 * reads exactly the translations and titles the exam has in the database, each question in its source's bank file.
 */
@MicronautTest(transactional = false)
class ExamTranslationExportTest extends DatabaseTest {

    private static final String EXAM = "foundation-exam";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    ExamPublisher publisher;

    @TempDir
    Path unpacked;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.content.exams-dir", ProjectDir.get().resolve("exams").toString());
        return properties;
    }

    @BeforeAll
    void importShippedContent() {
        contentImporter.importTree(ProjectDir.get().resolve("content"), null);
        examImporter.importTree(ProjectDir.get().resolve("exams"));
    }

    @Test
    void theExportedFilesReadBackAsTheTranslationsTheExamHasWithABrowserSaveIncluded() throws IOException {
        Browser translator = new Browser(server.getURI());
        translator.login(fixtures.user("Xavier Export", Role.AUTHOR).email(), Fixtures.PASSWORD);
        String editor = "/authoring/exams/" + EXAM + "/translations/fr/questions/fnd-program-004";
        String saved = translator.get(editor).html().selectFirst("#translation-text").wholeText()
                .replaceFirst("(?m)^stem: \\|\\n(  .*\\n)+", "stem: |\n  Une question révisée dans le navigateur ?\n");
        assertThat(translator.post(editor, Map.of("text", saved)).status()).isEqualTo(303);
        translator.get("/authoring/exams/" + EXAM + "/translations");

        Browser.Download zip = translator.download("/authoring/exams/" + EXAM + "/translations/export.zip");

        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.contentType()).startsWith("application/zip");
        Map<String, String> files = unzip(zip.bytes());
        assertThat(files.keySet()).containsExactly(
                EXAM + "/exam.de.yaml", EXAM + "/exam.fr.yaml", EXAM + "/exam.ja.yaml",
                EXAM + "/questions/program.de.yaml", EXAM + "/questions/program.fr.yaml",
                EXAM + "/questions/program.ja.yaml", EXAM + "/questions/registration.de.yaml",
                EXAM + "/questions/registration.fr.yaml", EXAM + "/questions/registration.ja.yaml",
                EXAM + "/questions/value.de.yaml", EXAM + "/questions/value.fr.yaml",
                EXAM + "/questions/value.ja.yaml");
        assertThat(files.get(EXAM + "/questions/program.fr.yaml"))
                .contains("  - id: fnd-program-004\n", "    stem: |\n      Une question révisée dans le navigateur ?\n");
        Path shipped = ProjectDir.get().resolve("exams").resolve(EXAM);
        Path copy = Files.createDirectories(unpacked.resolve(EXAM).resolve("questions"));
        Files.copy(shipped.resolve("exam.yaml"), unpacked.resolve(EXAM).resolve("exam.yaml"));
        for (String bank : List.of("program.yaml", "value.yaml", "registration.yaml")) {
            Files.copy(shipped.resolve("questions").resolve(bank), copy.resolve(bank));
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(unpacked.resolve(file.getKey()), file.getValue());
        }
        ExamSpec read = ExamTree.read(unpacked, null).exams().get(0);
        ExamSpec stored = publisher.current(EXAM).orElseThrow();
        assertThat(read.translations()).hasSize(3 * 89).containsExactlyInAnyOrderElementsOf(stored.translations());
        assertThat(read.titles()).containsExactlyInAnyOrderElementsOf(stored.titles());
        assertThat(read.translations()).filteredOn(t -> t.questionId().equals("fnd-program-004")
                && t.language().equals("fr")).singleElement()
                .satisfies(t -> assertThat(t.stem()).isEqualTo("Une question révisée dans le navigateur ?"));
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
