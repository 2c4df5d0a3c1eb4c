package io.partneracademy.assignments;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.RealBrowser;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: a partner admin opens the assignment rules from the partner portal, makes a "renew 60 days before
 * expiry" rule for the company (a wrong number of days is shown at its field first), the rule reaches a certified
 * colleague when the expiry nears and she sees the renewal on her home page; the admin edits the rule, cannot open
 * another company's rule, and deletes hers.
 */
@MicronautTest(transactional = false)
class AssignmentRulesInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    TestClock clock;
    @Inject
    AssignmentRules rules;
    @Inject
    RuleRepository ruleRows;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.assignments.job-initial-delay", "1000d");
        return properties;
    }

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void aPartnerAdminMakesARenewalRuleThatReachesAColleagueBeforeHerCertificationExpires() {
        Partner partner = fixtures.partner("Rulesco");
        Partner rival = fixtures.partner("Rivalrules");
        UserSummary admin = fixtures.employee(partner, "Ada Rulesadmin", Role.PARTNER_ADMIN);
        UserSummary nora = fixtures.employee(partner, "Nora Renewer", Role.LEARNER);
        learning.completeBasics(Learning.learner(nora));
        UserSummary root = fixtures.user("Root Rules", Role.ADMIN);
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(root.email(), Fixtures.PASSWORD).open("/assignments/rules");
        new Select(browser.find("#partner")).selectByVisibleText(rival.name());
        new Select(browser.find("#work")).selectByVisibleText("Course: Introduction");
        browser.type("#dueDays", "30").clickButton("Make the rule");
        long rivalRule = ruleRows.findByPartnerIdInOrderById(java.util.List.of(rival.id())).get(0).id();
        browser.driver().manage().deleteAllCookies();

        browser.signIn(admin.email(), Fixtures.PASSWORD).open("/portal/partners/" + partner.id())
                .clickLink("Assignment rules");
        assertThat(browser.find("#dueDays").isDisplayed()).isTrue();
        assertThat(browser.find("#daysBefore").isDisplayed()).as("a join rule has no days before expiry").isFalse();
        new Select(browser.find("#ruleKind")).selectByVisibleText("Before a certification expires (renewal)");
        assertThat(browser.find("#dueDays").isDisplayed()).as("a renewal is due on the expiry day").isFalse();
        assertThat(browser.find("#daysBefore").isDisplayed()).isTrue();
        browser.type("#daysBefore", "0").clickButtonRefused("Make the rule", 422);
        assertThat(browser.find("#daysBefore-errors").getText()).isEqualTo("\"0\" is not a number of days between 1 and 365.");
        assertThat(browser.find("#rule-problems").getText()).contains("Days before expiry: \"0\" is not a number");
        // The same refusal read in German: the typed value and the limit in the German message, beside the field.
        browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("pa_lang", "de"));
        browser.open("/assignments/rules");
        new Select(browser.find("#ruleKind")).selectByValue("RENEWAL");
        browser.type("#daysBefore", "1000").clickButtonRefused("Regel anlegen", 422);
        assertThat(browser.find("#daysBefore-errors").getText())
                .isEqualTo("„1000“ ist keine Anzahl von Tagen zwischen 1 und 365.");
        assertThat(browser.find("#rule-problems").getText()).contains("Tage vor Ablauf: „1000“ ist keine Anzahl");
        browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("pa_lang", "en"));
        browser.open("/assignments/rules");
        new Select(browser.find("#ruleKind")).selectByValue("RENEWAL");
        browser.type("#daysBefore", "60").clickButton("Make the rule");
        assertThat(browser.find("#rule-made").getText()).isEqualTo("The rule is saved and assigned its work to 0 people.");
        assertThat(browser.all("#rule-ignored")).as("the hidden field was not sent").isEmpty();
        assertThat(browser.find("table.rules").getText()).contains("Renew any certification 60 days before it expires",
                partner.name(), "On the day it expires").doesNotContain(rival.name());

        LocalDate expiry = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(1);
        clock.advance(Duration.ofDays(310));
        assertThat(rules.applyAll()).isEqualTo(1);
        browser.driver().manage().deleteAllCookies();
        browser.signIn(nora.email(), Fixtures.PASSWORD).open("/");
        assertThat(browser.find("#home-assigned").getText()).contains("Basics Path", "Assigned by Ada Rulesadmin, due "
                + io.partneracademy.web.Formats.of(java.util.Locale.ENGLISH, java.time.ZoneId.of("UTC")).date(expiry.toString()));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(admin.email(), Fixtures.PASSWORD).open("/assignments/rules");
        assertThat(browser.find("table.rules").getText()).contains("1 assignments, 0 done", "Nora Renewer");
        browser.click("table.rules a");
        browser.type("#daysBefore", "90").clickButton("Save the rule");
        assertThat(browser.find("table.rules").getText()).contains("Renew any certification 90 days before it expires");
        browser.openRefused("/assignments/rules/" + rivalRule);
        assertThat(browser.text()).doesNotContain(rival.name());

        browser.open("/assignments/rules").click("table.rules a").clickButton("Delete the rule");
        assertThat(browser.find("#rule-deleted").getText())
                .isEqualTo("The rule is deleted. What it assigned stays with the people.");
        assertThat(browser.find("table.rules").getText()).contains("No rules yet.");
    }

    @Test
    void withoutScriptsBothDayFieldsShowAndTheServerSaysWhichItLeftOut() {
        Partner partner = fixtures.partner("Plainco");
        UserSummary admin = fixtures.employee(partner, "Pat Plain", Role.PARTNER_ADMIN);
        RealBrowser browser = new RealBrowser(server.getURI()).scripts(false);
        try {
            browser.signIn(admin.email(), Fixtures.PASSWORD).open("/assignments/rules");
            assertThat(browser.find("#daysBefore").isDisplayed()).isTrue();
            new Select(browser.find("#work")).selectByVisibleText("Course: Introduction");
            browser.type("#jobTitle", "nobody at all").type("#dueDays", "30").type("#daysBefore", "60")
                    .clickButton("Make the rule");

            assertThat(browser.find("#rule-ignored").getText())
                    .isEqualTo("The days before expiry were left out: they are only for renewal rules.");
            assertThat(browser.find("table.rules").getText()).contains("Course: Introduction", "30 days");
        } finally {
            browser.scripts(true);
        }
    }
}
