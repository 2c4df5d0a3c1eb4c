package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A translator in a real Chromium finds a French exam question made outdated by a change to its source, sees what
 * changed beside the source, is refused a broken entry with its line, revises it and marks it current; a French
 * learner then takes the exam in French. An author whose save of the exam's German titles comes second sees what the
 * other author saved beside each field and replaces it knowingly. axe-core checks every page on the way.
 */
@MicronautTest(transactional = false)
class ExamTranslationEditorInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;

    @Test
    void aTranslatorRevisesAnOutdatedFrenchQuestionAndAFrenchLearnerGetsIt() throws IOException {
        contentImporter.importTree(ContentFixture.create().root(), null);
        Path exams = ExamFixture.create();
        String before = fingerprint(exams, "a1");
        Files.writeString(exams.resolve("quiz/questions/bank.fr.yaml"), """
                questions:
                  - id: a1
                    source: %s
                    stem: Question a1 ?
                    options:
                      - id: r
                        text: Juste a1
                      - id: w
                        text: Faux a1
                      - id: x
                        text: Faux aussi a1
                    explanation: Explication a1
                """.formatted(before));
        examImporter.importTree(exams);
        Path bank = exams.resolve("quiz/questions/bank.yaml");
        Files.writeString(bank, Files.readString(bank).replace("text: Wrong a1", "text: Plainly wrong a1"));
        examImporter.importTree(exams);
        String now = fingerprint(exams, "a1");
        UserSummary translator = fixtures.user("Théo Traducteur", Role.AUTHOR);
        UserSummary learner = fixtures.user("Louise Apprenante", Role.LEARNER);

        RealBrowser author = new RealBrowser(server.getURI()).signIn(translator.email(), Fixtures.PASSWORD)
                .open("/authoring/exams/quiz/translations");
        assertThat(author.find("#row-a1 td[data-language=fr]").getText()).isEqualTo("outdated");
        assertThat(author.find("#row-a2 td[data-language=fr]").getText()).isEqualTo("missing");
        author.click("#row-a1 td[data-language=fr] a");
        assertThat(author.find("h1").getText()).isEqualTo("Translate question a1 into French");
        assertThat(author.find("#translation-state").getText()).contains("outdated", before, now);
        assertThat(author.find("#source-changes").getText())
                .contains("Removed, line 9:", "text: Wrong a1", "Added, line 9:", "text: Plainly wrong a1");
        assertThat(author.find("#source-text").getAttribute("lang")).isEqualTo("en");
        assertThat(author.find("#translation-text").getAttribute("lang")).isEqualTo("fr");

        String revised = author.find("#translation-text").getAttribute("value").replace("text: Faux a1",
                "text: Manifestement faux a1");
        author.type("#translation-text", revised.replace("options:", "options: [oops"));
        author.press("#mark-current");
        author.clickButtonRefused("Save translation", 422);
        assertThat(author.find("#translation-problems").getText()).contains("a1.fr.yaml:");
        assertThat(author.find("#translation-text").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(author.find("#translation-text").getAttribute("value")).contains("options: [oops");

        author.type("#translation-text", revised);
        if (!author.find("#mark-current").isSelected()) {
            author.press("#mark-current");
        }
        author.find("#mark-current").sendKeys(Keys.TAB);
        assertThat(author.driver().switchTo().activeElement().getText()).isEqualTo("Save translation");
        author.clickButton("Save translation");
        assertThat(author.find(".flash").getText()).contains("Translation saved (fr)");
        assertThat(author.find("#translation-state").getText()).startsWith("current");
        assertThat(author.find("#next-text").getText()).isEqualTo("Next to translate: a2 (missing)");
        author.clickLink("All translations of Exam quiz");
        assertThat(author.find("#row-a1 td[data-language=fr]").getText()).isEqualTo("current");

        RealBrowser reader = new RealBrowser(server.getURI()).signIn(learner.email(), Fixtures.PASSWORD);
        reader.clickButton("Français");
        reader.open("/exams/quiz");
        assertThat(reader.find("#exam-language option:checked").getAttribute("value")).isEqualTo("fr");
        reader.click("button#start");
        String page = "";
        for (int i = 0; i < 4 && !page.contains("Question a1 ?"); i++) {
            reader.open(reader.driver().getCurrentUrl().replaceAll("\\?.*", "") + "?q=" + i);
            page = reader.find(".stem").getText();
        }
        assertThat(page).isEqualTo("Question a1 ?");
        assertThat(reader.find("fieldset").getText()).contains("Manifestement faux a1");
    }

    @Test
    void anAuthorWhoseTitlesCameSecondSeesTheOtherAuthorsTitlesAndReplacesThemKnowingly() {
        contentImporter.importTree(ContentFixture.create().root(), null);
        examImporter.importTree(ExamFixture.create());
        String german = "/authoring/exams/quiz/translations/de/title";
        UserSummary first = fixtures.user("Frieda Erste", Role.AUTHOR);
        UserSummary second = fixtures.user("Zora Zweite", Role.AUTHOR);
        RealBrowser author = new RealBrowser(server.getURI()).signIn(second.email(), Fixtures.PASSWORD).open(german);
        Browser other = new Browser(server.getURI());
        assertThat(other.login(first.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        other.get(german);
        assertThat(other.postFields(german, List.of(Map.entry("title", "Prüfung Quiz"), Map.entry("section", "alpha"),
                Map.entry("sectionTitle", "Teil Alpha"), Map.entry("version", "none"))).status()).isEqualTo(303);

        author.type("#title", "Quiz-Prüfung");
        author.clickButtonRefused("Save titles", 409);

        assertThat(author.find("#titles-conflict").getText()).startsWith("Another author saved the titles");
        assertThat(author.find("#title-theirs").getText()).isEqualTo("Saved now by the other author: Prüfung Quiz");
        assertThat(author.find("#section-alpha-theirs").getText()).endsWith("Teil Alpha");
        assertThat(author.find("#title").getAttribute("value")).isEqualTo("Quiz-Prüfung");
        author.clickButton("Save titles");
        assertThat(author.all(".theirs")).isEmpty();
        assertThat(author.find("#title").getAttribute("value")).isEqualTo("Quiz-Prüfung");
    }

    private static String fingerprint(Path exams, String questionId) {
        ExamSpec quiz = ExamTree.read(exams, null).exams().stream().filter(e -> e.id().equals("quiz")).findFirst()
                .orElseThrow();
        return QuestionTranslationReader.fingerprint(quiz.questions().stream()
                .filter(q -> q.id().equals(questionId)).findFirst().orElseThrow());
    }
}
