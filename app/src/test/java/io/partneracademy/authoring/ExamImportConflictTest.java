package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.catalog.BrowserTranslations;
import io.partneracademy.exams.ExamPublisher;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import nobody watches keeps a question translated in the browser (ADR 0050) also when the files change the
 * question's options: learners get the browser's text with a text for every option the question now has, and the
 * translation stays remembered as the browser's.
 */
@MicronautTest(transactional = false)
class ExamImportConflictTest extends DatabaseTest {

    private final ContentFixture content = ContentFixture.create();
    private final Path exams = ExamFixture.create();

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    FolderImport folders;
    @Inject
    ExamPublisher publisher;
    @Inject
    BrowserTranslations browserSaves;

    @Test
    void aKeptQuestionTranslationGetsTheOptionsTheFilesGiveTheQuestion() throws IOException {
        folders.importAll(content.root(), exams, null);
        Browser translator = new Browser(server.getURI());
        translator.setCookie("pa_lang", "en");
        translator.login(fixtures.user("Tina Translator", Role.AUTHOR).email(), Fixtures.PASSWORD);
        String a1 = "/authoring/exams/quiz/translations/de/questions/a1";
        translator.get(a1);
        assertThat(translator.post(a1, Map.of("text", """
                id: a1
                source: %s
                stem: Frage a1 aus dem Browser?
                options:
                  - id: r
                    text: Richtig
                  - id: w
                    text: Falsch
                  - id: x
                    text: Auch falsch
                explanation: Erklärung
                """.formatted(QuestionTranslationReader.fingerprint(question("a1"))))).status()).isEqualTo(303);
        Path bank = exams.resolve("quiz/questions/bank.yaml");
        String options = Files.readString(bank);
        assertThat(options).contains("- id: x\n        text: Also wrong a1\n");
        Files.writeString(bank, options.replace("- id: x\n        text: Also wrong a1\n",
                "- id: y\n        text: Newly wrong a1\n"));

        FolderImport.Imported imported = folders.importAll(content.root(), exams, null);

        assertThat(imported.keptOverFiles()).singleElement().asString().startsWith(
                "exams/quiz/questions/bank.de.yaml:1: kept the translation saved in the browser by Tina Translator on ")
                .endsWith("; the files have none");
        ExamSpec.QuestionTranslation german = publisher.current("quiz").orElseThrow().translations().stream()
                .filter(t -> t.questionId().equals("a1")).findFirst().orElseThrow();
        assertThat(german.stem()).isEqualTo("Frage a1 aus dem Browser?");
        assertThat(german.options()).containsExactly(new ExamSpec.Option("r", "Richtig"),
                new ExamSpec.Option("w", "Falsch"), new ExamSpec.Option("y", "Newly wrong a1"));
        assertThat(question("a1").options()).extracting(ExamSpec.Option::id).containsExactly("r", "w", "y");
        assertThat(browserSaves.of("quiz", BrowserTranslations.Kind.QUESTION)).singleElement()
                .satisfies(s -> assertThat(s.textHash()).isEqualTo(german.textHash()))
                .satisfies(s -> assertThat(s.keptFile()).isEqualTo(
                        "exams/quiz/questions/bank.de.yaml"));
        int version = publisher.history("quiz", "a1").size();
        folders.importAll(content.root(), exams, null);
        assertThat(publisher.history("quiz", "a1")).hasSize(version);
    }

    private ExamSpec.Question question(String id) {
        return publisher.current("quiz").orElseThrow().questions().stream().filter(q -> q.id().equals(id))
                .findFirst().orElseThrow();
    }
}
