package io.partneracademy.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page answers to headers a browser would never send (issue 15). */
@MicronautTest(transactional = false)
class NegotiationTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;

    @Test
    void aMalformedAcceptLanguageGetsTheDefaultLanguage() throws Exception {
        for (String language : List.of("en_US", "12345", "x".repeat(40), "de;q=abc", ",,;", "*")) {
            HttpResponse<String> login = get("/login", "Accept-Language", language, "Accept", "text/html");
            HttpResponse<String> missing = get("/no/such/page", "Accept-Language", language, "Accept", "text/html");

            assertThat(login.statusCode()).as(language).isEqualTo(200);
            assertThat(Jsoup.parse(login.body()).select("h1").text()).as(language).isEqualTo("Sign in");
            assertThat(missing.statusCode()).as(language).isEqualTo(404);
            assertThat(Jsoup.parse(missing.body()).select("h1").text()).as(language).isEqualTo("Page not found");
        }
    }

    @Test
    void aPageAskedForAsJsonIsRefusedOrRealJsonNeverHtml() throws IOException {
        UserSummary admin = fixtures.user("Json Asker", Role.ADMIN, Role.LEARNER, Role.AUTHOR);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);

        for (String path : List.of("/", "/login", "/exams", "/courses", "/admin/users", "/library")) {
            Browser.Page page = browser.getJson(path);

            if (page.contentType().contains("json")) {
                assertThat(page.body()).as(path).doesNotContainIgnoringCase("<html");
                json.readValue(page.body(), Object.class);
            }
            assertThat(page.status()).as(path + " " + page.contentType()).isIn(200, 406);
        }
        assertThat(browser.getJson("/exams").status()).isEqualTo(406);
        assertThat(browser.getJson("/exams").contentType()).startsWith("application/problem+json");
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(path)).headers(headers)
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
