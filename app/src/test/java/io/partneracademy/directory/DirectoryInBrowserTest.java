package io.partneracademy.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ContentTree;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.catalog.PathSpec;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerForm;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public partner directory as a visitor without an account sees it: only companies that opted in, live counts
 * and specializations, and names (with verify links) only of people who opted in themselves.
 */
@MicronautTest(transactional = false)
class DirectoryInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    Partners partners;
    @Inject
    People people;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    DirectoryRepository rows;

    @BeforeAll
    void importBasicsWithASpecializationTranslatedIntoGerman() {
        ContentFixture content = ContentFixture.create()
                .replace("paths/basics.yaml", "validity-months: 12", "exam: quiz\nvalidity-months: 12")
                .write("paths/clinic.yaml", """
                        id: clinic
                        title: Clinic Specialization
                        level: SPECIALIZATION
                        description: An industry track after the basics.
                        prerequisite: basics
                        courses:
                          - intro
                        exam: clinic-quiz
                        validity-months: 24
                        """);
        PathSpec clinic = ContentTree.read(content.root()).paths().stream().filter(p -> p.id().equals("clinic"))
                .findFirst().orElseThrow();
        content.write("paths/clinic.de.yaml", "title: Klinik-Spezialisierung\ndescription: Ein Branchenpfad.\nsource: "
                + SourceFingerprint.of(clinic) + "\n");
        contentImporter.importTree(content.root(), null);
        examImporter.importTree(ExamFixture.addExam(ExamFixture.create(), "clinic-quiz", "clinic"));
    }

    @Test
    void aVisitorSeesOptedInCompaniesLiveCountsAndOnlyTheNamesOfPeopleWhoOptedIn() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Partner listed = company("Northwind Clinics " + suffix, PartnerType.SYSTEMS_INTEGRATOR, "APAC", Tier.GOLD);
        Partner hidden = company("Hidden Health " + suffix, PartnerType.RESELLER, "EMEA", Tier.PLATINUM);
        UserSummary admin = fixtures.employee(listed, "Nadia Admin", Role.PARTNER_ADMIN);
        CurrentUser ana = certified(listed, "Ana Specialist");
        learning.pass(ana, "clinic-quiz");
        CurrentUser ben = certified(listed, "Ben Quietly");
        CurrentUser cara = certified(hidden, "Cara Hidden");
        RealBrowser browser = new RealBrowser(server.getURI());

        browser.signIn(admin.email(), Fixtures.PASSWORD).open("/directory/settings").click("#listing-" + listed.id());
        assertThat(browser.find("#listing-" + listed.id()).getText()).isEqualTo("Remove from the directory");
        signOutAndIn(browser, ana.email()).open("/directory/settings").clickButton("Name me in the directory");
        assertThat(browser.find("#named-state").getText()).startsWith("You are named in the directory");
        signOutAndIn(browser, cara.email()).open("/directory/settings").clickButton("Name me in the directory");
        browser.driver().manage().deleteAllCookies();

        browser.open("/directory");
        browser.screenshot("directory");
        assertThat(browser.text()).contains(listed.name()).doesNotContain(hidden.name(), "Cara Hidden", "Ben Quietly");
        String card = "#partner-" + listed.id();
        assertThat(browser.find(card).getText()).contains("Gold", "Systems integrator · APAC");
        assertThat(browser.find(card + " .counts").getText())
                .isEqualTo("Foundation 2 · Practitioner 0 · Architect 0 · Specialists 1");
        assertThat(browser.find(card + " .specializations").getText()).isEqualTo("Clinic Specialization");
        assertThat(browser.find(card + " .people").getText()).contains("Ana Specialist").doesNotContain("Nadia");
        browser.clickLink("Clinic Specialization");
        assertThat(browser.text()).contains("Active", "Ana Specialist", "Clinic Specialization");

        browser.open("/directory?specialization=clinic&region=APAC");
        assertThat(browser.all(".listing")).hasSize(1);
        browser.open("/directory?tier=PLATINUM");
        assertThat(browser.all(".listing")).isEmpty();
        browser.open("/directory?q=" + "northwind+clinics+" + suffix);
        assertThat(browser.all(".listing")).hasSize(1);

        learning.pass(ben, "clinic-quiz");
        partners.update(listed.id(), new PartnerForm(listed.name(), listed.type(), listed.region(),
                listed.agreementSignedOn(), Tier.PLATINUM));
        browser.open("/directory");
        assertThat(browser.find(card + " .counts").getText()).as("counts are read at each request")
                .endsWith("Specialists 2");
        assertThat(browser.find(card + " .badge").getText()).isEqualTo("Platinum");
        assertThat(browser.find(card + " .people").getText()).doesNotContain("Ben Quietly");
    }

    @Test
    void aGermanVisitorReadsTheSpecializationInGermanAndAnUntranslatedPathMarkedEnglish() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        // Silver: listed below the other test's Gold company, whose link to its specialist it clicks by name
        Partner listed = company("Kliniken Nord " + suffix, PartnerType.RESELLER, "EMEA", Tier.SILVER);
        UserSummary admin = fixtures.employee(listed, "Nora Admin", Role.PARTNER_ADMIN);
        CurrentUser ida = certified(listed, "Ida Spezialistin");
        learning.pass(ida, "clinic-quiz");
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(admin.email(), Fixtures.PASSWORD).open("/directory/settings").click("#listing-" + listed.id());
        signOutAndIn(browser, ida.email()).open("/directory/settings").clickButton("Name me in the directory");
        browser.driver().manage().deleteAllCookies();

        browser.open("/directory").clickButton("Deutsch");
        browser.open("/directory?q=kliniken+nord+" + suffix);

        String card = "#partner-" + listed.id();
        assertThat(browser.find(card + " .specializations").getText()).isEqualTo("Klinik-Spezialisierung");
        assertThat(browser.find(card + " .specializations span").getDomAttribute("lang")).isNull();
        assertThat(browser.find(card + " .people a[href^='/verify/']").getText()).isEqualTo("Basics Path");
        assertThat(browser.find(card + " .people a[href^='/verify/']").getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.find("#specialization option[value=clinic]").getText()).isEqualTo("Klinik-Spezialisierung");
    }

    @Test
    void onlyTheCompanysOwnAdminOrAnAdminListsItAndBadFiltersSayWhy() {
        Partner mine = company("Own Co " + UUID.randomUUID().toString().substring(0, 6), PartnerType.MSP, "EMEA", Tier.SILVER);
        Partner other = company("Other Co " + UUID.randomUUID().toString().substring(0, 6), PartnerType.MSP, "EMEA", Tier.SILVER);
        UserSummary admin = fixtures.employee(mine, "Pia Admin", Role.PARTNER_ADMIN);
        UserSummary manager = fixtures.user("Max Manager", Role.PARTNER_MANAGER);
        fixtures.assign(other, manager);
        Browser http = new Browser(server.getURI());
        http.login(admin.email(), Fixtures.PASSWORD);
        http.get("/directory/settings");

        assertThat(http.post("/directory/partners/" + other.id() + "/listing", Map.of("listed", "true")).status())
                .isEqualTo(403);
        Browser managerHttp = new Browser(server.getURI());
        managerHttp.login(manager.email(), Fixtures.PASSWORD);
        managerHttp.get("/directory/settings");
        assertThat(managerHttp.post("/directory/partners/" + other.id() + "/listing", Map.of("listed", "true")).status())
                .as("a partner manager does not decide for the company").isEqualTo(403);
        assertThat(rows.existsById(other.id())).isFalse();
        assertThat(http.post("/directory/partners/" + mine.id() + "/listing", Map.of("listed", "true")).status())
                .isEqualTo(303);
        assertThat(rows.existsById(mine.id())).isTrue();

        Browser visitor = new Browser(server.getURI());
        var bad = visitor.get("/directory?tier=BRONZE&specialization=astrology");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("There is no such choice; pick one from the list.");
        assertThat(visitor.get("/directory?q=" + "x".repeat(101)).text()).contains("Search for at most 100 characters.");
        assertThat(visitor.get("/directory?q=%25").text()).as("a % in the search is a character, not a wildcard")
                .contains("Partners shown: 0");
    }

    private Partner company(String name, PartnerType type, String region, Tier tier) {
        return partners.create(new PartnerForm(name, type, region, LocalDate.of(2024, 3, 1), tier));
    }

    private CurrentUser certified(Partner partner, String name) {
        CurrentUser person = Learning.learner(fixtures.employee(partner, name, Role.LEARNER));
        learning.completeBasics(person);
        return person;
    }

    private static RealBrowser signOutAndIn(RealBrowser browser, String email) {
        browser.driver().manage().deleteAllCookies();
        return browser.signIn(email, Fixtures.PASSWORD);
    }
}
