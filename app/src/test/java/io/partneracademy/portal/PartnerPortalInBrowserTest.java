package io.partneracademy.portal;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.assignments.AssignmentReminders;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.People;
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
 * In Chromium: a partner admin opens the partner portal from the menu, sees what the next tier needs and acts on
 * it in one click, edits the company's onboarding plan, a new hire sees the plan on their home page, and once a step
 * is overdue the portal lists it as this week's task and the admin's notification.
 */
@MicronautTest(transactional = false)
class PartnerPortalInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    People people;
    @Inject
    TestClock clock;
    @Inject
    AssignmentReminders reminders;

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
    void aPartnerAdminOnboardsANewHireAndThePortalShowsWhatToDoThisWeek() {
        Partner partner = fixtures.partner("Portal");
        UserSummary admin = fixtures.employee(partner, "Pia Admin", Role.PARTNER_ADMIN, Role.LEARNER);
        RealBrowser browser = new RealBrowser(server.getURI());

        browser.signIn(admin.email(), Fixtures.PASSWORD).clickLink("Partner portal");
        assertThat(browser.path()).isEqualTo("/portal/partners/" + partner.id());
        assertThat(browser.find("#kpi-certified").getText()).isEqualTo("0 of the 2 that Gold needs");
        assertThat(browser.find("#kpi-overdue").getText()).isEqualTo("0 open, 0 overdue, 0 done");
        assertThat(browser.find("#kpi-live").getText()).isEqualTo("No attendance recorded yet");
        assertThat(browser.find("#portal-tasks").getText())
                .isEqualTo("Gold needs 2 more certified people: assign a certification path.");
        browser.clickLink("Gold needs 2 more certified people: assign a certification path.");
        assertThat(browser.path()).isEqualTo("/assignments/partners/" + partner.id());

        browser.open("/portal/partners/" + partner.id()).clickLink("Onboarding plan");
        assertThat(browser.find("#onboarding-source").getText()).contains("uses the default plan");
        browser.type("#week", "1");
        new Select(browser.find("#work")).selectByVisibleText("Course: Introduction");
        browser.clickButton("Add a step");
        assertThat(browser.find("#onboarding-source").getText()).isEqualTo("This partner has its own plan.");
        assertThat(browser.find("#onboarding-steps").getText()).contains("1 Course: Introduction Everyone");

        UserSummary nina = fixtures.user("Nina New", Role.LEARNER);
        people.employ(nina.id(), partner.id(), "Sales representative", today());
        String due = java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH).format(today().plusWeeks(1));
        signOutAndIn(browser, nina).open("/");
        assertThat(browser.find("#home-assigned").getText())
                .contains("Introduction", "Onboarding plan, week 1, due " + due);
        browser.clickLink("Introduction");
        assertThat(browser.path()).isEqualTo("/courses/intro");

        clock.advance(Duration.ofDays(8));
        try {
            reminders.run();
            signOutAndIn(browser, admin).open("/portal");
            assertThat(browser.find("#kpi-onboarding").getText())
                    .isEqualTo("1 people being onboarded, 1 steps overdue");
            assertThat(browser.find("#portal-tasks").getText()).contains("1 onboarding steps are overdue.");
            assertThat(browser.find("#portal-onboarding").getText()).isEqualTo("Nina New: 0 of 1 steps done, 1 overdue");
            assertThat(browser.find("#portal-notifications").getText()).contains("Nina New: Introduction is overdue");
            browser.screenshot("portal");
            browser.clickLink("1 onboarding steps are overdue.");
            assertThat(browser.find("#onboarding-" + nina.id()).getText()).contains("Nina New", "0 of 1", "Overdue");
        } finally {
            clock.advance(Duration.ofDays(-8));
        }
    }

    @Test
    void aPartnerManagerPicksOneOfTheirPartnersAndCannotOpenAnothers() {
        Partner mine = fixtures.partner("Managed");
        Partner second = fixtures.partner("Also managed");
        Partner other = fixtures.partner("Not mine");
        UserSummary manager = fixtures.user("Mo Manager", Role.PARTNER_MANAGER);
        fixtures.assign(mine, manager);
        fixtures.assign(second, manager);
        RealBrowser browser = new RealBrowser(server.getURI());

        browser.signIn(manager.email(), Fixtures.PASSWORD).open("/portal");
        assertThat(browser.find("#portal-partners").getText()).contains(mine.name(), second.name())
                .doesNotContain(other.name());
        browser.clickLink(mine.name());
        assertThat(browser.find("h1").getText()).isEqualTo("Partner portal: " + mine.name());
        assertThat(browser.find("#portal-actions").getText()).doesNotContain("Directory listing");
        browser.openRefused("/portal/partners/" + other.id());
        assertThat(browser.text()).doesNotContain(other.name()).containsIgnoringCase("not allowed");
    }

    @Test
    void anAdminEditsTheDefaultPlanThatEveryPartnerWithoutItsOwnUses() {
        Partner partner = fixtures.partner("Defaults");
        UserSummary root = fixtures.user("Ari Admin", Role.ADMIN);
        RealBrowser browser = new RealBrowser(server.getURI());

        browser.signIn(root.email(), Fixtures.PASSWORD).open("/onboarding/default");
        assertThat(browser.find("h1").getText()).isEqualTo("Default onboarding plan");
        assertThat(browser.all("#onboarding-steps tbody tr")).hasSize(4);
        browser.type("#week", "2");
        new Select(browser.find("#work")).selectByVisibleText("Course: Introduction");
        browser.clickButton("Add a step");
        browser.click("button[aria-label='Remove week 1: Partner Program Essentials']");

        assertThat(browser.path()).isEqualTo("/onboarding/default");
        assertThat(browser.find("#onboarding-steps").getText()).contains("2 Course: Introduction Everyone")
                .doesNotContain("Partner Program Essentials");
        browser.open("/onboarding/partners/" + partner.id());
        assertThat(browser.find("#onboarding-source").getText()).contains("uses the default plan");
        assertThat(browser.find("#onboarding-steps").getText()).contains("2 Course: Introduction Everyone")
                .doesNotContain("Partner Program Essentials");
    }

    @Test
    void aPartnerAdminChangesAStepInPlaceAndOnlyPeopleWithThatJobTitleKeepIt() {
        Partner partner = fixtures.partner("Retitled");
        UserSummary admin = fixtures.employee(partner, "Rita Retitle", Role.PARTNER_ADMIN);
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(admin.email(), Fixtures.PASSWORD).open("/onboarding/partners/" + partner.id());
        // Basics, not Introduction: another test here adds Introduction to the default plan this partner copies.
        browser.type("#week", "2");
        new Select(browser.find("#work")).selectByVisibleText("Path: Basics Path");
        browser.clickButton("Add a step");
        UserSummary erin = fixtures.user("Erin Engineer", Role.LEARNER);
        people.employ(erin.id(), partner.id(), "Solutions Engineer", today());
        UserSummary sam = fixtures.user("Sam Seller", Role.LEARNER);
        people.employ(sam.id(), partner.id(), "Account Executive", today());
        browser.open("/onboarding/partners/" + partner.id());
        assertThat(browser.find("#onboarding-" + sam.id()).getText()).contains("Week 2: Basics Path");

        browser.press("summary[aria-label='Change week 2: Basics Path']");
        browser.type("details[open] input[name=week]", "3");
        browser.type("details[open] input[name=jobTitle]", "engineer");
        browser.clickButton("Save the step");

        assertThat(browser.path()).isEqualTo("/onboarding/partners/" + partner.id());
        assertThat(browser.find("#onboarding-steps").getText())
                .contains("3 Path: Basics Path job title contains \"engineer\"");
        assertThat(browser.find("#onboarding-" + erin.id()).getText()).contains("Week 3: Basics Path");
        assertThat(browser.all("#onboarding-" + sam.id() + " li")).as("his step was withdrawn").noneMatch(li -> li.getText().contains("Basics"));
        UserSummary pete = fixtures.user("Pete Presales", Role.LEARNER);
        people.employ(pete.id(), partner.id(), "Pre-sales engineer", today());
        UserSummary alex = fixtures.user("Alex Accounts", Role.LEARNER);
        people.employ(alex.id(), partner.id(), "Account Manager", today());
        browser.open("/onboarding/partners/" + partner.id());
        assertThat(browser.find("#onboarding-" + pete.id()).getText()).contains("Week 3: Basics Path");
        assertThat(browser.all("#onboarding-" + alex.id() + " li")).noneMatch(li -> li.getText().contains("Basics"));
    }

    private static RealBrowser signOutAndIn(RealBrowser browser, UserSummary user) {
        browser.driver().manage().deleteAllCookies();
        return browser.signIn(user.email(), Fixtures.PASSWORD);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
