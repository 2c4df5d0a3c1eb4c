package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An author in a real Chromium sees the German title translation of an exam turn outdated after its English title
 * changed, is refused a language tag that is not BCP 47, opens the title editor from the translations page, sees what
 * changed beside the source, fixes the German title and saves it as current; a German learner then finds the exam under its new German title. axe-core checks
 * every page on the way.
 */
@MicronautTest(transactional = false)
class ExamTitleEditorInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;

    @Test
    void anAuthorFixesAnOutdatedGermanExamTitleAndAGermanLearnerSeesIt() throws IOException {
        contentImporter.importTree(ContentFixture.create().root(), null);
        Path exams = ExamFixture.create();
        String before = fingerprint(exams);
        Files.writeString(exams.resolve("quiz/exam.de.yaml"), """
                title: Quiz-Prüfung
                source: %s
                sections:
                  - section: alpha
                    title: Teil Alpha
                """.formatted(before));
        examImporter.importTree(exams);
        Path exam = exams.resolve("quiz/exam.yaml");
        Files.writeString(exam, Files.readString(exam).replace("title: Exam quiz", "title: Partner quiz"));
        examImporter.importTree(exams);
        String now = fingerprint(exams);
        UserSummary translator = fixtures.user("Tilde Übersetzerin", Role.AUTHOR);
        UserSummary learner = fixtures.user("Gerd Lerner", Role.LEARNER);

        RealBrowser author = new RealBrowser(server.getURI()).signIn(translator.email(), Fixtures.PASSWORD)
                .open("/authoring/exams/quiz/translations");
        assertThat(author.find("#row-title td[data-language=de]").getText()).isEqualTo("outdated");
        assertThat(author.find("#row-title td[data-language=fr]").getText()).isEqualTo("missing");
        author.type("#language", "de_DE");
        author.clickButtonRefused("Open the title editor", 422);
        assertThat(author.find("#language-errors").getText()).startsWith("Language: “de_DE” is not a valid BCP 47 tag");
        assertThat(author.find("#language").getAttribute("aria-invalid")).isEqualTo("true");
        author.click("#row-title td[data-language=de] a");
        assertThat(author.find("h1").getText()).isEqualTo("Translate the titles of “Partner quiz” into German");
        assertThat(author.find("#translation-state").getText()).contains("outdated", before, now);
        assertThat(author.find("#source-changes").getText())
                .contains("Removed, line 1:", "title: Exam quiz", "Added, line 1:", "title: Partner quiz");
        assertThat(author.find("#source-title").getText()).isEqualTo("Partner quiz");
        assertThat(author.find("#title").getAttribute("value")).isEqualTo("Quiz-Prüfung");
        assertThat(author.find("#section-alpha").getAttribute("value")).isEqualTo("Teil Alpha");

        author.type("#title", "Partner-Quiz");
        author.clickButton("Save titles");
        assertThat(author.find(".flash").getText()).contains("Titles saved (de)");
        assertThat(author.find("#translation-state").getText()).startsWith("current");
        assertThat(author.find("#title").getAttribute("value")).isEqualTo("Partner-Quiz");
        author.clickLink("All translations of Partner quiz");
        assertThat(author.find("#row-title td[data-language=de]").getText()).isEqualTo("current");

        RealBrowser reader = new RealBrowser(server.getURI()).signIn(learner.email(), Fixtures.PASSWORD);
        reader.clickButton("Deutsch");
        reader.open("/exams");
        assertThat(reader.find("a.title[href='/exams/quiz']").getText()).isEqualTo("Partner-Quiz");
        reader.click("a.title[href='/exams/quiz']");
        assertThat(reader.find("h1").getText()).isEqualTo("Partner-Quiz");
        assertThat(reader.find("h1").getAttribute("lang")).isEqualTo("de");
    }

    private static String fingerprint(Path exams) {
        ExamSpec quiz = ExamTree.read(exams, null).exams().stream().filter(e -> e.id().equals("quiz")).findFirst()
                .orElseThrow();
        return ExamSpec.titleFingerprint(quiz.title(), quiz.blueprint());
    }
}
