package io.partneracademy.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a page comes in: the switcher's cookie, else the browser's languages we have, else English. */
@MicronautTest(transactional = false)
class LanguageChoiceTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theBrowsersFirstLanguageWeHaveIsUsed() throws Exception {
        Document japanese = page("/login", "Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5");
        Document german = page("/login", "Accept-Language", "es-ES, de-CH;q=0.8, en;q=0.5");
        Document spanishOnly = page("/login", "Accept-Language", "es-ES,es;q=0.9");

        assertThat(japanese.select("h1").text()).isEqualTo("サインイン");
        assertThat(japanese.select("html").attr("lang")).isEqualTo("ja");
        assertThat(german.select("h1").text()).isEqualTo("Anmelden");
        assertThat(german.select("button.menu-toggle").text()).isEqualTo("Menü");
        assertThat(german.select("html").attr("lang")).isEqualTo("de");
        assertThat(spanishOnly.select("h1").text()).isEqualTo("Sign in");
        assertThat(spanishOnly.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void theSwitcherRemembersTheChoiceAndGoesBackToThePage() throws Exception {
        Browser browser = new Browser(server.getURI());
        browser.get("/login");

        Browser.Page switched = browser.post("/language", Map.of("lang", "fr", "next", "/login?next=%2Fpaths"));

        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.location()).isEqualTo("/login?next=%2Fpaths");
        assertThat(browser.cookie("pa_lang")).isEqualTo("fr");
        Document french = page("/login", "Accept-Language", "de", "Cookie", "pa_lang=fr");
        assertThat(french.select("h1").text()).isEqualTo("Connexion");
        assertThat(french.select("html").attr("lang")).isEqualTo("fr");
        Document missing = page("/no/such/page", "Accept-Language", "de", "Cookie", "pa_lang=fr");
        assertThat(missing.select("h1").text()).isEqualTo("Page introuvable");
        assertThat(missing.text()).contains("Il n’y a rien à cette adresse.");
    }

    @Test
    void everyPageOffersEveryLanguageInItsOwnNameWithTheCurrentOneMarked() throws Exception {
        Document page = page("/login", "Cookie", "pa_lang=ja");

        assertThat(page.select("form[action=/language] button[name=lang]").eachAttr("value"))
                .containsExactly("en", "de", "fr", "ja");
        assertThat(page.select("form[action=/language] button[lang=ja]").text()).isEqualTo("日本語");
        assertThat(page.select("form[action=/language] button[aria-current]").eachAttr("value")).containsExactly("ja");
        assertThat(page.select("form[action=/language]").attr("aria-label")).isEqualTo("言語");
    }

    @Test
    void aCookieNamingALanguageWeDoNotHaveIsIgnored() throws Exception {
        Document page = page("/login", "Accept-Language", "de", "Cookie", "pa_lang=xx");

        assertThat(page.select("h1").text()).isEqualTo("Anmelden");
    }

    @Test
    void anUnknownLanguageIsRefusedWithWhatWasSentAndWhatThereIs() {
        Browser browser = new Browser(server.getURI());
        browser.get("/login");

        Browser.Page refused = browser.post("/language", Map.of("lang", "xx", "next", "/login"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().text()).contains("There is no interface language \"xx\". Choose one of: en, de, fr, ja.");
        assertThat(browser.cookie("pa_lang")).isNull();
    }

    @Test
    void theSwitcherNeverSendsTheBrowserToAnotherSite() {
        Browser browser = new Browser(server.getURI());
        browser.get("/login");

        Browser.Page switched = browser.post("/language", Map.of("lang", "de", "next", "//evil.example/x"));

        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.location()).isEqualTo("/");
    }

    private Document page(String path, String... headers) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI()
                .resolve(path)).header("Accept", "text/html").headers(headers).build(),
                HttpResponse.BodyHandlers.ofString());
        return Jsoup.parse(response.body());
    }
}
