package io.partneracademy.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook page draws a refused destination above the form with 422, the typed URL kept, nothing subscribed. */
@MicronautTest(transactional = false)
class WebhookPageTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Test
    void anInternalDestinationIsRefusedAboveTheFormWithTheUrlKept() {
        Partner globex = fixtures.partner("Globex Hooks");
        UserSummary greta = fixtures.employee(globex, "Greta Hooks", Role.PARTNER_ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(greta.email(), Fixtures.PASSWORD);
        browser.get("/webhook-subscriptions");

        Browser.Page refused = browser.post("/webhook-subscriptions",
                Map.of("url", "http://127.0.0.1:9/hook", "events", "person.joined"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#refused").text())
                .isEqualTo("The webhook host 127.0.0.1 resolves to 127.0.0.1, an internal address; ask an admin to"
                        + " allow-list it if it is meant.");
        assertThat(refused.html().select("#url").attr("value")).isEqualTo("http://127.0.0.1:9/hook");
        assertThat(refused.html().select("#subscriptions").text()).doesNotContain("127.0.0.1");
    }
}
