package io.partneracademy.accounts;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's invitation form: a taken e-mail (a rule of {@code Users}) lands at the e-mail field with 422. */
@MicronautTest(transactional = false)
class AdminUserFormTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Users users;

    @Test
    void invitingATakenEmailIsShownAtTheEmailFieldWithTheNameKept() {
        UserSummary existing = fixtures.user("Erik Existing", Role.LEARNER);
        Browser admin = admin();
        admin.get("/admin/users/new");

        Browser.Page refused = admin.post("/admin/users", Map.of("email", existing.email(),
                "displayName", "Someone Else", "roles", "AUTHOR", "active", "true"));

        assertThat(refused.status()).isEqualTo(422);
        Document page = refused.html();
        assertThat(page.select("#email-errors").text()).isEqualTo("There is already an account with this email.");
        assertThat(page.select("#email").attr("value")).isEqualTo(existing.email());
        assertThat(page.select("#displayName").attr("value")).isEqualTo("Someone Else");
        assertThat(page.select("input[name=roles][value=AUTHOR]").hasAttr("checked")).isTrue();
        assertThat(users.get(existing.id()).displayName()).isEqualTo("Erik Existing");
    }

    @Test
    void invitingWithoutAnEmailIsShownAtTheEmailField() {
        Browser admin = admin();
        admin.get("/admin/users/new");

        Browser.Page refused = admin.post("/admin/users", Map.of("email", "", "displayName", "", "active", "true"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#email-errors li").eachText()).contains("This field is required.");
        assertThat(refused.html().select("#displayName-errors").text()).isEqualTo("This field is required.");
    }

    private Browser admin() {
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        return browser;
    }
}
