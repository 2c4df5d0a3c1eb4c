package io.partneracademy.exams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's accommodation form: each wrong value is shown at its own field with 422, and nothing is granted. */
@MicronautTest(transactional = false)
class AccommodationFormTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Accommodations accommodations;

    /** Before the form pattern a multiplier that was not a number was reported at the minutes, as a minutes error. */
    @Test
    void aMultiplierThatIsNotANumberIsShownAtTheMultiplierField() {
        UserSummary learner = fixtures.user("Molly Multiplier", Role.LEARNER);

        Browser.Page refused = post(learner, Map.of("extraMinutes", "15", "multiplier", "one and a half",
                "reason", "Screen reader"));

        assertThat(refused.status()).isEqualTo(422);
        Document page = refused.html();
        assertThat(page.select("#multiplier-errors").text()).isEqualTo("The multiplier must be between 1 and 4.");
        assertThat(page.select("#extraMinutes-errors")).isEmpty();
        assertThat(page.select("#multiplier").attr("value")).isEqualTo("one and a half");
        assertThat(page.select("#reason").attr("value")).isEqualTo("Screen reader");
        assertThat(accommodations.history(learner.id())).isEmpty();
    }

    @Test
    void aMultiplierOutOfRangeIsRefusedByTheServiceAndShownAtTheMultiplierField() {
        UserSummary learner = fixtures.user("Rita Range", Role.LEARNER);

        Browser.Page refused = post(learner, Map.of("extraMinutes", "15", "multiplier", "9", "reason", "Dyslexia"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#multiplier-errors").text())
                .isEqualTo("The multiplier must be between 1 and 4.");
        assertThat(refused.html().select("#extraMinutes").attr("value")).isEqualTo("15");
        assertThat(accommodations.history(learner.id())).isEmpty();
    }

    @Test
    void tooManyMinutesAndNoReasonAreShownAtTheirFields() {
        UserSummary learner = fixtures.user("Max Minutes", Role.LEARNER);

        Browser.Page minutes = post(learner, Map.of("extraMinutes", "601", "multiplier", "1.0", "reason", "Late"));
        Browser.Page reason = post(learner, Map.of("extraMinutes", "10", "multiplier", "1.0", "reason", " "));

        assertThat(minutes.status()).isEqualTo(422);
        assertThat(minutes.html().select("#extraMinutes-errors").text())
                .isEqualTo("Extra minutes must be between 0 and 600.");
        assertThat(reason.status()).isEqualTo(422);
        assertThat(reason.html().select("#reason-errors").text()).isEqualTo("This field is required.");
        assertThat(accommodations.history(learner.id())).isEmpty();
    }

    private Browser.Page post(UserSummary learner, Map<String, String> fields) {
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        browser.get("/admin/users/" + learner.id() + "/accommodations");
        return browser.post("/admin/users/" + learner.id() + "/accommodations", fields);
    }
}
