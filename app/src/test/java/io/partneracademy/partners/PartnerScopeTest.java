package io.partneracademy.partners;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PartnerScopeTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Users users;

    Partner own;
    Partner other;
    UserSummary ownAdmin;
    UserSummary colleague;
    UserSummary stranger;

    @BeforeAll
    void twoPartnersWithStaff() {
        own = fixtures.partner("Own Co");
        other = fixtures.partner("Other Co");
        ownAdmin = fixtures.employee(own, "Olivia Own", Role.PARTNER_ADMIN, Role.LEARNER);
        colleague = fixtures.employee(own, "Colin Colleague", Role.LEARNER);
        stranger = fixtures.employee(other, "Stella Stranger", Role.LEARNER);
    }

    @Test
    void partnerAdminSeesOwnCompanysPeople() {
        Browser browser = signedIn(ownAdmin);

        Browser.Page page = browser.get("/partners/" + own.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Colin Colleague").contains("Olivia Own").doesNotContain("Stella Stranger");
    }

    @Test
    void partnerAdminCannotReadAnotherCompanysPeopleByTypingTheUrl() {
        Browser browser = signedIn(ownAdmin);

        Browser.Page list = browser.get("/partners/" + other.id());
        Browser.Page person = browser.get("/partners/" + other.id() + "/people/" + stranger.id());
        Browser.Page viaOwnPartner = browser.get("/partners/" + own.id() + "/people/" + stranger.id());

        assertThat(list.status()).isEqualTo(403);
        assertThat(list.text()).doesNotContain("Stella Stranger");
        assertThat(person.status()).isEqualTo(403);
        assertThat(viaOwnPartner.status()).isEqualTo(404);
    }

    @Test
    void partnerAdminCannotEditAnotherCompanysPeople() {
        Browser browser = signedIn(ownAdmin);
        browser.get("/partners/" + own.id());

        Browser.Page invite = browser.post("/partners/" + other.id() + "/people",
                Map.of("email", "sneaky@example.com", "displayName", "Sneaky", "jobTitle", ""));
        Browser.Page leave = browser.post("/partners/" + other.id() + "/people/" + stranger.id() + "/leave", Map.of());

        assertThat(invite.status()).isEqualTo(403);
        assertThat(users.findByEmail("sneaky@example.com")).isEmpty();
        assertThat(leave.status()).isEqualTo(403);
        assertThat(people.history(stranger.id())).singleElement()
                .satisfies(p -> assertThat(p.endedOn()).isNull());
    }

    @Test
    void partnerManagerSeesOnlyTheirPortfolio() {
        UserSummary manager = fixtures.user("Manny Manager", Role.PARTNER_MANAGER);
        fixtures.assign(own, manager);
        Browser browser = signedIn(manager);

        Browser.Page portfolio = browser.get("/partners");

        assertThat(portfolio.text()).contains(own.name()).doesNotContain(other.name());
        assertThat(browser.get("/partners/" + own.id()).status()).isEqualTo(200);
        assertThat(browser.get("/partners/" + other.id()).status()).isEqualTo(403);
    }

    @Test
    void partnerAdminInvitesAColleagueWhoThenAppearsInTheirList() {
        Browser browser = signedIn(ownAdmin);
        browser.get("/partners/" + own.id());

        Browser.Page invited = browser.post("/partners/" + own.id() + "/people",
                Map.of("email", "Nadia.New@Example.com", "displayName", "Nadia New", "jobTitle", "Sales rep"));

        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.html().select("#link").attr("value")).contains("/invitations/");
        assertThat(browser.get("/partners/" + own.id()).text()).contains("Nadia New").contains("nadia.new@example.com");
    }

    @Inject
    People people;

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
