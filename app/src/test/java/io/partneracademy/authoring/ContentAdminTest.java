package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ContentAdminTest extends DatabaseTest {

    private final ContentFixture fixture = ContentFixture.create();

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.content.dir", fixture.root().toString());
        return properties;
    }

    @Test
    void authorImportsTheContentFolderAndSeesEveryProblemOfABrokenOne() {
        UserSummary author = fixtures.user("Anna Author", Role.AUTHOR);
        Browser browser = new Browser(server.getURI());
        browser.login(author.email(), Fixtures.PASSWORD);
        browser.get("/admin/content");

        Browser.Page imported = browser.post("/admin/content/import", Map.of());
        fixture.replace("paths/advanced.yaml", "prerequisite: basics", "prerequisite: nope");
        Browser.Page refused = browser.post("/admin/content/import", Map.of());

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.text()).contains("Imported 2 courses (2 new versions) and 2 paths (2 changed).");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select(".problems li").eachText())
                .containsExactly("paths/advanced.yaml:5: unknown prerequisite path 'nope'");
        assertThat(browser.get("/paths/advanced").text()).contains("Basics Path");
    }

    @Test
    void learnersCannotImport() {
        UserSummary learner = fixtures.user("Larry Learner", Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        browser.login(learner.email(), Fixtures.PASSWORD);
        browser.get("/");

        assertThat(browser.post("/admin/content/import", Map.of()).status()).isEqualTo(403);
    }
}
