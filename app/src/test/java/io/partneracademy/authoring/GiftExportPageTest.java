package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.content.Problems;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class GiftExportPageTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.content.exams-dir", ProjectDir.get().resolve("exams").toString());
        return properties;
    }

    @Test
    void authorDownloadsAnExamAsGiftFromTheAuthoringPage() {
        UserSummary author = fixtures.user("Anna Author", Role.AUTHOR);
        Browser browser = new Browser(server.getURI());
        browser.login(author.email(), Fixtures.PASSWORD);

        Browser.Page page = browser.get("/authoring");
        String link = page.html().select(".exam-banks a").eachAttr("href").stream()
                .filter(h -> h.endsWith(".gift")).toList().get(1);
        Browser.Download gift = browser.download(link);

        assertThat(page.html().select(".exam-banks li").eachText()).containsExactly(
                "architect-exam Export as GIFT Import or export Translations",
                "foundation-exam Export as GIFT Import or export Translations",
                "healthcare-exam Export as GIFT Import or export Translations",
                "practitioner-exam Export as GIFT Import or export Translations");
        assertThat(link).isEqualTo("/authoring/exams/foundation-exam/export.gift");
        assertThat(gift.status()).isEqualTo(200);
        assertThat(gift.contentType()).startsWith("text/plain");
        Problems problems = new Problems();
        assertThat(new GiftParser("foundation-exam.gift", problems)
                .parse(new String(gift.bytes(), StandardCharsets.UTF_8))).hasSize(89);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void anUnknownExamIsNotFound() {
        UserSummary author = fixtures.user("Anna Author", Role.AUTHOR);
        Browser browser = new Browser(server.getURI());
        browser.login(author.email(), Fixtures.PASSWORD);

        assertThat(browser.download("/authoring/exams/no-such-exam/export.gift").status()).isEqualTo(404);
        assertThat(browser.download("/authoring/exams/..%2Fcontent/export.gift").status()).isEqualTo(404);
    }
}
