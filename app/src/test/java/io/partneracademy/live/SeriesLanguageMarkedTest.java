package io.partneracademy.live;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
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

    private Browser signedIn(String name, String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        assertThat(browser.login(fixtures.user(name, Role.LEARNER).email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
