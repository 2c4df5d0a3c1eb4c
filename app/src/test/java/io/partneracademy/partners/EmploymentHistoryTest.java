package io.partneracademy.partners;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class EmploymentHistoryTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    People people;

    @Test
    void movingAPersonToAnotherPartnerKeepsTheHistory() {
        Partner from = fixtures.partner("Old Employer");
        Partner to = fixtures.partner("New Employer");
        UserSummary mover = fixtures.employee(from, "Mia Mover", Role.LEARNER);
        UserSummary oldAdmin = fixtures.employee(from, "Otto Oldadmin", Role.PARTNER_ADMIN);
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        browser.get("/admin/people/" + mover.id() + "/employment");

        Browser.Page moved = browser.post("/admin/people/" + mover.id() + "/employment",
                Map.of("partnerId", String.valueOf(to.id()), "startedOn", "2026-03-01", "jobTitle", "Architect"));

        assertThat(moved.status()).isEqualTo(303);
        List<EmploymentPeriod> history = people.history(mover.id());
        assertThat(history).extracting(EmploymentPeriod::partnerName).containsExactly(to.name(), from.name());
        assertThat(history.get(0).endedOn()).isNull();
        assertThat(history.get(1).endedOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(browser.get("/admin/people/" + mover.id() + "/employment").text())
                .contains(to.name()).contains(from.name()).contains("Feb 28, 2026");

        Browser.Page oldCompany = signedIn(oldAdmin).get("/partners/" + from.id() + "/people/" + mover.id());
        assertThat(oldCompany.status()).isEqualTo(404);
    }

    @Test
    void aMoveThatStartsBeforeTheCurrentJobIsRefused() {
        Partner from = fixtures.partner("First Employer");
        Partner to = fixtures.partner("Second Employer");
        UserSummary mover = fixtures.employee(from, "Tim Timetravel", Role.LEARNER);
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        browser.get("/admin/people/" + mover.id() + "/employment");

        Browser.Page refused = browser.post("/admin/people/" + mover.id() + "/employment",
                Map.of("partnerId", String.valueOf(to.id()), "startedOn", "2020-01-01", "jobTitle", ""));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("The new job must start after the current one started.");
        assertThat(people.history(mover.id())).hasSize(1);
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    /** A start date left empty is reported at its field (a 400 from Micronaut's own date reader before). */
    @Test
    void aMoveWithoutAStartDateIsShownAtTheDateField() {
        Partner from = fixtures.partner("Date From");
        Partner to = fixtures.partner("Date To");
        UserSummary mover = fixtures.employee(from, "Dana Dateless", Role.LEARNER);
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        browser.get("/admin/people/" + mover.id() + "/employment");

        Browser.Page refused = browser.post("/admin/people/" + mover.id() + "/employment",
                Map.of("partnerId", String.valueOf(to.id()), "startedOn", "", "jobTitle", ""));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#startedOn-errors").text()).isEqualTo("This field is required.");
        assertThat(people.history(mover.id())).hasSize(1);
    }
}
