package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.exams.ExamPublisher;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An author in a real Chromium imports exam files that would replace a question and the exam's titles translated in
 * the browser: the admin content page imports nothing and shows both, she opens both texts, ticks the question to take
 * the file's text and imports; the titles keep the browser text and are listed as kept. axe-core checks every page.
 */
@MicronautTest(transactional = false)
class ImportConflictInBrowserTest extends DatabaseTest {

    private static final String QUESTION_KEY = "QUESTION:quiz:a1:de";
    private static final String TITLE_KEY = "EXAM_TITLE:quiz::de";

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

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.content.dir", content.root().toString());
        properties.put("partneracademy.content.exams-dir", exams.toString());
        return properties;
    }

    @Test
    void anAuthorSeesWhatTheFilesWouldReplaceAndChoosesPerTranslation() throws IOException {
        folders.importAll(content.root(), exams, null);
        Browser translator = new Browser(server.getURI());
        translator.setCookie("pa_lang", "en");
        translator.login(fixtures.user("Tina Translator", Role.AUTHOR).email(), Fixtures.PASSWORD);
        String questions = "/authoring/exams/quiz/translations/de/questions/a1";
        translator.get(questions);
        assertThat(translator.post(questions, Map.of("text", question("Frage a1 aus dem Browser?"))).status())
                .isEqualTo(303);
        String titles = "/authoring/exams/quiz/translations/de/title";
        translator.get(titles);
        assertThat(translator.postFields(titles, List.of(Map.entry("title", "Prüfung aus dem Browser"),
                Map.entry("section", "alpha"), Map.entry("sectionTitle", ""), Map.entry("section", "beta"),
                Map.entry("sectionTitle", ""), Map.entry("version", "none"))).status()).isEqualTo(303);
        Files.writeString(exams.resolve("quiz/questions/bank.de.yaml"), "questions:\n"
                + ("- " + question("Frage a1 aus der Datei?").replace("\n", "\n  ")).stripTrailing().indent(2));
        Files.writeString(exams.resolve("quiz/exam.de.yaml"), "title: Prüfung aus der Datei\nsource: "
                + ExamSpec.titleFingerprint("Exam quiz", quiz().blueprint()) + "\n");

        RealBrowser admin = new RealBrowser(server.getURI())
                .signIn(fixtures.user("Ada Admin", Role.ADMIN).email(), Fixtures.PASSWORD).open("/admin/content");
        admin.clickButtonRefused("Import content now", 409);

        assertThat(admin.find("#conflicts-heading").getText())
                .isEqualTo("2 translation(s) saved in the browser would be replaced");
        WebElement question = conflict(admin, QUESTION_KEY);
        assertThat(question.findElement(org.openqa.selenium.By.tagName("legend")).getText())
                .isEqualTo("Question a1 of the exam “Exam quiz” (de)");
        assertThat(question.findElement(org.openqa.selenium.By.className("conflict-file")).getText())
                .isEqualTo("exams/quiz/questions/bank.de.yaml:2");
        assertThat(question.findElement(org.openqa.selenium.By.className("conflict-saved")).getText())
                .startsWith("Saved in the browser by Tina Translator on ");
        assertThat(question.findElements(org.openqa.selenium.By.cssSelector(".conflict-changes li")).stream()
                .map(WebElement::getText).toList()).containsExactly(
                "Only in the browser text, line 4: Frage a1 aus dem Browser?",
                "Only in the file, line 4: Frage a1 aus der Datei?");
        assertThat(conflict(admin, TITLE_KEY).findElement(org.openqa.selenium.By.className("conflict-file")).getText())
                .isEqualTo("exams/quiz/exam.de.yaml:1");
        admin.press("fieldset[data-key='" + QUESTION_KEY + "'] summary");
        assertThat(question.findElement(org.openqa.selenium.By.className("conflict-file-text")).getText())
                .contains("Frage a1 aus der Datei?");
        assertThat(stem()).isEqualTo("Frage a1 aus dem Browser?");

        admin.press("input[value='" + QUESTION_KEY + "']");
        admin.clickButton("Import, replacing only the ticked translations");

        assertThat(admin.find("#kept-now").getText()).startsWith("1 translation(s) saved in the browser were kept");
        assertThat(admin.find("#kept-translations tr[data-key='" + TITLE_KEY + "']").getText())
                .startsWith("exams/quiz/exam.de.yaml de Saved in the browser by Tina Translator on ");
        assertThat(admin.all("#kept-translations tr[data-key='" + QUESTION_KEY + "']")).isEmpty();
        assertThat(stem()).isEqualTo("Frage a1 aus der Datei?");
        assertThat(quiz().titles()).singleElement().extracting(ExamSpec.TitleTranslation::title)
                .isEqualTo("Prüfung aus dem Browser");
        admin.open("/admin/content");
        assertThat(admin.find("#kept-translations").getText()).contains("exams/quiz/exam.de.yaml");
    }

    private static WebElement conflict(RealBrowser page, String key) {
        return page.find("fieldset[data-key='" + key + "']");
    }

    private ExamSpec quiz() {
        return publisher.current("quiz").orElseThrow();
    }

    private String stem() {
        return quiz().translations().stream().filter(t -> t.questionId().equals("a1") && t.language().equals("de"))
                .findFirst().orElseThrow().stem();
    }

    /** Question a1's German entry with this stem, as the editor and the translation file write it (unindented). */
    private String question(String stem) {
        String source = QuestionTranslationReader.fingerprint(quiz().questions().stream()
                .filter(q -> q.id().equals("a1")).findFirst().orElseThrow());
        return """
                id: a1
                source: %s
                stem: %s
                options:
                  - id: r
                    text: Richtig
                  - id: w
                    text: Falsch
                  - id: x
                    text: Auch falsch
                explanation: Erklärung
                """.formatted(source, stem);
    }
}
