package io.partneracademy.assignments;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins make automatic assignment rules; a rule reaches matching people now and those who join later, once each. */
@MicronautTest(transactional = false)
class AssignmentRulesTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    People people;
    @Inject
    AssignmentRules rules;
    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.assignments.learning-minutes-per-day", "2");
        properties.put("partneracademy.assignments.confirm-above", "2");
        // The test runs the rule job itself.
        properties.put("partneracademy.assignments.job-initial-delay", "1000d");
        return properties;
    }

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void aRuleReachesMatchingPeopleNowAndPeopleWhoJoinLaterOnceEach() {
        Partner gold = fixtures.setTier(fixtures.partner("Goldrule"), Tier.GOLD);
        Partner silver = fixtures.partner("Silverrule");
        UserSummary presales = staff(gold, "Petra Presales", "Pre-Sales Engineer");
        staff(gold, "Sid Sales", "Account Executive");
        staff(silver, "Sue Silver", "Pre-sales engineer");
        UserSummary admin = fixtures.user("Alma Admin", Role.ADMIN);
        Browser browser = signedIn(admin);
        browser.get("/assignments/rules");

        Browser.Page made = browser.post("/assignments/rules", Map.of("work", "COURSE:intro", "tier", "GOLD",
                "jobTitle", "pre-sales", "dueDays", "30"));

        assertThat(made.status()).isEqualTo(303);
        assertThat(made.location()).endsWith("made=1");
        String due = today().plusDays(30).toString();
        assertThat(signedIn(presales).get("/").html().selectFirst("#home-assigned").text())
                .contains("Introduction", "Assigned by Alma Admin, due " + io.partneracademy.web.Formats.of(java.util.Locale.ENGLISH, java.time.ZoneId.of("UTC")).date(due));

        UserSummary later = staff(gold, "Lena Later", "Senior pre-sales architect");
        assertThat(rules.applyAll()).isEqualTo(1);
        assertThat(rules.applyAll()).isZero();

        assertThat(signedIn(later).get("/").html().selectFirst("#home-assigned").text()).contains("Introduction");
        Browser.Page page = browser.get("/assignments/rules");
        assertThat(page.html().selectFirst("table.rules tbody tr").text()).contains("Course: Introduction",
                "Gold partners", "job title contains \"pre-sales\"", "30 days", "2 assignments, 0 done",
                "Petra Presales", "Lena Later").doesNotContain("Sue Silver", "Sid Sales");
    }

    @Test
    void aRuleThatWouldAssignManyAtOnceShowsTheCountAndWaitsForConfirmation() {
        Partner big = fixtures.partner("Bigco");
        for (String name : new String[] {"Ann Many", "Ben Many", "Cat Many"}) {
            staff(big, name, "Field engineer " + big.id());
        }
        UserSummary admin = fixtures.user("Alex Admin", Role.ADMIN);
        Browser browser = signedIn(admin);
        browser.get("/assignments/rules");
        Map<String, String> form = Map.of("work", "COURSE:intro", "tier", "", "jobTitle", "field engineer " + big.id(),
                "dueDays", "30");

        Browser.Page asked = browser.post("/assignments/rules", form);
        Browser.Page tooSoon = browser.post("/assignments/rules", Map.of("work", "COURSE:intro", "tier", "",
                "jobTitle", "field engineer " + big.id(), "dueDays", "2"));
        Map<String, String> confirmed = new HashMap<>(form);
        confirmed.put("confirm", "yes");
        Browser.Page made = browser.post("/assignments/rules", confirmed);

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.html().selectFirst("#rule-confirm").text())
                .isEqualTo("This rule would assign its work to 3 people at once. Check the rule, then confirm.");
        assertThat(asked.html().selectFirst("#rule-form button").text()).isEqualTo("Confirm: assign to 3 people");
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(tooSoon.html().selectFirst("#rule-problems").text())
                .contains("2 days is too short for Introduction: it needs at least 5 days.");
        assertThat(made.location()).endsWith("made=3");
    }

    private UserSummary staff(Partner partner, String name, String jobTitle) {
        UserSummary user = fixtures.user(name, Role.LEARNER);
        people.employ(user.id(), partner.id(), jobTitle, LocalDate.of(2025, 1, 6));
        return user;
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
