package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.catalog.CatalogPublisher;
import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A translator in a real Chromium finds a missing German lesson on the translations page, translates the course text
 * and then the lesson beside their English source (a broken header is refused with its line, the text kept), and a
 * German learner then reads the lesson in German; a translator whose save comes second sees the text saved first
 * beside her own and replaces it knowingly; axe-core checks every page on the way.
 */
@MicronautTest(transactional = false)
class TranslationEditorInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter importer;
    @Inject
    CatalogPublisher publisher;

    @Test
    void aTranslatorTranslatesALessonIntoGermanAndAGermanLearnerReadsIt() {
        importer.importTree(ContentFixture.create().root(), null);
        UserSummary translator = fixtures.user("Tobias Übersetzer", Role.AUTHOR);
        UserSummary learner = fixtures.user("Lena Lernende", Role.LEARNER);
        String lessonSource = SourceFingerprint.of(publisher.current("intro").orElseThrow().lessons().get(0));
        String courseSource = SourceFingerprint.of(publisher.current("intro").orElseThrow());

        RealBrowser author = new RealBrowser(server.getURI()).signIn(translator.email(), Fixtures.PASSWORD)
                .open("/authoring/courses/intro/translations");
        assertThat(author.find("#row-welcome td[data-language=de]").getText()).isEqualTo("missing");
        author.click("#row-welcome td[data-language=de] a");
        assertThat(author.find("h1").getText()).isEqualTo("Translate “Welcome” into German");
        assertThat(author.find("#source-text").getAttribute("lang")).isEqualTo("en");
        assertThat(author.find("#translation-text").getAttribute("lang")).isEqualTo("de");
        assertThat(author.find("#course-first").getText()).contains("Translate the course text first");
        author.clickLink("Translate the course text first");
        author.type("#translation-text", "title: Einführung\nsummary: Hier fangen alle an.\nsource: " + courseSource
                + "\nmodules:\n  - id: first\n    title: Erste Schritte\n");
        author.find("#translation-text").sendKeys(Keys.TAB);
        assertThat(author.driver().switchTo().activeElement().getText()).isEqualTo("Save translation");
        author.clickButton("Save translation");
        assertThat(author.find(".flash").getText()).isEqualTo("Translation saved (de). Learners reading this language get it now.");
        assertThat(author.find("#translation-state").getText()).startsWith("current");

        author.clickLink("Next to translate: Welcome (missing)");
        author.type("#translation-text", "---\ntitle: Willkommen\nobjectives:\n  - Willkommen verstehen\nsource: "
                + lessonSource + "\n# Willkommen\n");
        author.clickButtonRefused("Save translation", 422);
        assertThat(author.find("#translation-problems").getText())
                .contains("courses/intro/welcome.de.md:1: the YAML header is not closed with a '---' line");
        assertThat(author.find("#translation-text").getAttribute("aria-invalid")).isEqualTo("true");
        author.type("#translation-text", "---\ntitle: Willkommen\nobjectives:\n  - Willkommen verstehen\nsource: "
                + lessonSource + "\n---\n# Willkommen\n\nLies als Nächstes die [zweite Lektion](second-lesson.md).\n");
        author.clickButton("Save translation");
        assertThat(author.find("#translation-state").getText()).startsWith("current");
        assertThat(author.find("#next-text").getText()).isEqualTo("Next to translate: Second lesson (missing)");
        author.clickLink("All translations of Introduction");
        assertThat(author.find("#row-welcome td[data-language=de]").getText()).isEqualTo("current");

        RealBrowser reader = new RealBrowser(server.getURI()).signIn(learner.email(), Fixtures.PASSWORD);
        reader.clickButton("Deutsch");
        reader.open("/courses/intro/lessons/welcome");
        assertThat(reader.find("article.lesson-body").getAttribute("lang")).isEqualTo("de");
        assertThat(reader.find("article.lesson-body h1").getText()).isEqualTo("Willkommen");
        assertThat(reader.all("#content-fallback, #content-outdated")).isEmpty();
        reader.clickLink("zweite Lektion");
        assertThat(reader.find("#content-fallback").getText()).contains("Englisch");
    }

    @Test
    void aTranslatorWhoseSaveCameSecondSeesTheTextSavedFirstAndReplacesItKnowingly() {
        importer.importTree(ContentFixture.create().root(), null);
        UserSummary first = fixtures.user("Fanny Première", Role.AUTHOR);
        UserSummary second = fixtures.user("Sandrine Seconde", Role.AUTHOR);
        String french = "/authoring/courses/intro/translations/fr/course";
        String text = "title: %s\nsummary: Là où tout le monde commence.\nsource: "
                + SourceFingerprint.of(publisher.current("intro").orElseThrow())
                + "\nmodules:\n  - id: first\n    title: Premiers pas\n";
        RealBrowser author = new RealBrowser(server.getURI()).signIn(second.email(), Fixtures.PASSWORD).open(french);
        Browser other = new Browser(server.getURI());
        assertThat(other.login(first.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        other.get(french);
        assertThat(other.post(french, Map.of("text", text.formatted("Introduction au produit"), "version", "none"))
                .status()).isEqualTo(303);

        author.type("#translation-text", text.formatted("Premiers contacts"));
        author.clickButtonRefused("Save translation", 409);

        assertThat(author.find("#translation-conflict").getText()).startsWith("Another translator saved this text");
        assertThat(author.find("#their-text pre").getText()).contains("title: Introduction au produit");
        assertThat(author.find("#translation-text").getAttribute("value")).contains("title: Premiers contacts");
        author.clickButton("Save translation");
        assertThat(author.find(".flash").getText()).startsWith("Translation saved (fr).");
        assertThat(author.all("#their-text")).isEmpty();
        assertThat(publisher.current("intro").orElseThrow().translations().stream()
                .filter(t -> t.language().equals("fr")).map(CourseSpec.CourseTranslation::title))
                .containsExactly("Premiers contacts");
    }
}
