package io.partneracademy.exams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting an exam for a certification one holds is refused (409) with "You hold &lt;certification&gt; until …",
 * naming the path in the reader's language as the exam pages do, and its days as their pages write dates.
 */
@MicronautTest(transactional = false)
class AlreadyCertifiedInTheReadersLanguageTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;

    @BeforeAll
    void basicsWithAGermanTitle() {
        learning.importCertifiableBasics(Map.of("paths/basics.de.yaml",
                "title: Grundlagenpfad\ndescription: Hier fangen alle an.\nsource: 0123456789ab\n"));
    }

    @Test
    void aCertifiedGermanLearnerIsToldWhichCertificationTheyHoldInGerman() {
        Browser german = certified("Greta Zertifiziert", "de");

        Browser.Page refused = german.post("/exams/quiz/attempts", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).containsPattern("Sie besitzen Grundlagenpfad bis \\d{2}\\.\\d{2}\\.\\d{4}\\. Ab"
                + " \\d{2}\\.\\d{2}\\.\\d{4} können Sie").doesNotContain("Basics Path");
    }

    @Test
    void anEnglishReaderGetsTheSourceTitle() {
        Browser english = certified("Eve Certified", "en");

        Browser.Page refused = english.post("/exams/quiz/attempts", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).containsPattern("You hold Basics Path until [A-Z][a-z]{2} \\d{1,2}, \\d{4}\\.");
    }

    private Browser certified(String name, String language) {
        UserSummary user = fixtures.user(name, Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        browser.login(user.email(), Fixtures.PASSWORD);
        browser.get("/exams/quiz");
        return browser;
    }
}
