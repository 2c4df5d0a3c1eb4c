package io.partneracademy.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ErrorHandlingTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Test
    void unknownUrlShowsTheNotFoundPage() {
        Browser.Page page = new Browser(server.getURI()).get("/no/such/page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.html().select("h1").text()).isEqualTo("Page not found");
        assertThat(page.html().select("a[href=/]").size()).isGreaterThan(0);
    }

    @Test
    void unknownUrlGivesAProblemBodyToJsonClients() {
        Browser.Page page = new Browser(server.getURI()).getJson("/no/such/page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("application/problem+json");
        assertThat(page.body()).contains("\"status\":404").contains("\"title\":\"Page not found\"");
    }

    @Test
    void pageForAnotherRoleIsForbidden() {
        UserSummary learner = fixtures.user("Plain Learner", Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        browser.login(learner.email(), Fixtures.PASSWORD);

        Browser.Page page = browser.get("/admin/users");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html().select("h1").text()).isEqualTo("Not allowed");
    }

    @Test
    void pageForAnotherRoleGivesAProblemBodyToJsonClients() {
        UserSummary learner = fixtures.user("Json Learner", Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        browser.login(learner.email(), Fixtures.PASSWORD);

        Browser.Page page = browser.getJson("/admin/users");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("application/problem+json");
        assertThat(page.body()).contains("\"status\":403").contains("\"instance\":\"/admin/users\"");
    }

    @Test
    void visitorIsSentToTheLoginPageAndBackAfterwards() {
        UserSummary admin = fixtures.user("Returning Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());

        Browser.Page page = browser.get("/admin/partners");
        browser.get(page.location());
        Browser.Page loggedIn = browser.post("/login", Map.of("email", admin.email(),
                "password", Fixtures.PASSWORD, "next", "/admin/partners"));

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/login?next=");
        assertThat(loggedIn.location()).isEqualTo("/admin/partners");
    }

    @Test
    void formPostWithoutCsrfTokenIsRefusedAndChangesNothing() {
        UserSummary admin = fixtures.user("Careful Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        Map<String, String> partner = Map.of("name", "Forged Partner Ltd", "type", "RESELLER", "region", "EMEA",
                "tier", "GOLD");

        Browser.Page withoutToken = browser.postRaw("/admin/partners", partner);
        Browser.Page forgedToken = browser.postRaw("/admin/partners",
                Map.of("name", "Forged Partner Ltd", "type", "RESELLER", "region", "EMEA", "tier", "GOLD",
                        "csrfToken", "forged"));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.text()).contains("The form has expired or was not sent from this site.");
        assertThat(forgedToken.status()).isEqualTo(403);
        assertThat(browser.get("/admin/partners").text()).doesNotContain("Forged Partner Ltd");
        assertThat(browser.post("/admin/partners", partner).status()).isEqualTo(303);
        assertThat(browser.get("/admin/partners").text()).contains("Forged Partner Ltd");
    }

    @Test
    void invalidFormIsShownAgainWithErrorsAndValues() {
        UserSummary admin = fixtures.user("Typing Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        browser.get("/admin/partners/new");

        Browser.Page page = browser.post("/admin/partners", Map.of("name", "", "type", "MSP",
                "region", "Nordics", "tier", "SILVER"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().select("#name-errors").text()).isEqualTo("This field is required.");
        assertThat(page.html().select("#region").attr("value")).isEqualTo("Nordics");
    }

    @Test
    void healthReportsUpWithTheDatabaseAndMetricsAreNotPublicWithoutAToken() {
        Browser browser = new Browser(server.getURI());

        Browser.Page health = browser.getJson("/health");
        Browser.Page metrics = browser.getAny("/prometheus");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(metrics.status()).isEqualTo(404);
        assertThat(metrics.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void pagesHaveNoUntranslatedText() {
        UserSummary admin = fixtures.user("Translator Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        String anonymous = browser.get("/").body() + browser.get("/login").body() + browser.get("/nope").body();
        browser.login(admin.email(), Fixtures.PASSWORD);

        String signedIn = browser.get("/").body() + browser.get("/admin/users").body()
                + browser.get("/admin/users/new").body() + browser.get("/admin/partners").body()
                + browser.get("/admin/partners/new").body() + browser.get("/partners").body();

        assertThat(anonymous + signedIn).doesNotContain("??");
    }
}
