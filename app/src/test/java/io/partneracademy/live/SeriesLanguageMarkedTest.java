package io.partneracademy.live;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ContentTree;
import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live series have no translations: their titles and descriptions are marked with the language they are written in
 * on a page in another language, and carry no mark on an English page.
 */
@MicronautTest(transactional = false)
class SeriesLanguageMarkedTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    LiveFixture live;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter importer;
    @Inject
    LiveSessions sessions;

    @Test
    void aJapaneseReaderSeesTheSeriesTitleAndDescriptionMarkedEnglishAndAnEnglishReaderSeesNoMark() {
        long id = live.session("Partner office hours", Duration.ofDays(3), "Asia/Tokyo", 20);
        Browser japanese = signedIn("Kenji Live", "ja");
        Browser english = signedIn("Erin Live", "en");

        Document list = japanese.get("/live").html();
        Document session = japanese.get("/live/" + id).html();
        Document inEnglish = english.get("/live/" + id).html();

        assertThat(list.select("a[href=/live/" + id + "]").attr("lang")).isEqualTo("en");
        assertThat(session.select("h1").attr("lang")).isEqualTo("en");
        assertThat(session.select("p[lang=en]").text()).isEqualTo("About Partner office hours");
        assertThat(inEnglish.select("section [lang]")).isEmpty();
    }

    @Test
    void aSessionCardNamesItsCourseInTheReadersLanguageAndMarksAnUntranslatedCourseEnglish() {
        ContentFixture content = ContentFixture.create();
        CourseSpec intro = ContentTree.read(content.root()).courses().stream().filter(c -> c.id().equals("intro"))
                .findFirst().orElseThrow();
        content.write("courses/intro/course.ja.yaml", """
                title: はじめに
                summary: 誰もがここから始めます。
                source: %s
                """.formatted(SourceFingerprint.of(intro)));
        importer.importTree(content.root(), null);
        long id = sessions.create(live.author(), live.form("Intro live", Duration.ofDays(2), "UTC", 5, null, "intro", 1));
        Browser japanese = signedIn("Kenji Course Line", "ja");
        Browser french = signedIn("Léa Course Line", "fr");

        Document list = japanese.get("/live").html();
        Document session = japanese.get("/live/" + id).html();
        Document inFrench = french.get("/live/" + id).html();

        String card = list.select("a[href=/live/" + id + "]").parents().select("li").first().text();
        assertThat(card).contains("はじめに の一部").doesNotContain("Introduction");
        assertThat(session.select("section p.muted").text()).contains("はじめに の一部");
        assertThat(inFrench.select("section p.muted span[lang=en]").text()).isEqualTo("Introduction");
        assertThat(inFrench.select("section p.muted").text()).contains("Fait partie de Introduction");
    }

    private Browser signedIn(String name, String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        assertThat(browser.login(fixtures.user(name, Role.LEARNER).email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
