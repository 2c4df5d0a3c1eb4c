package io.partneracademy.home;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.DemoSiteTest;
import io.partneracademy.support.DemoSite;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page of each demo account in a real Chromium: what each role sees first, checked against the demo data
 * and the feature pages, and every link on it followed (it answers 200 and passes axe-core).
 */
@MicronautTest(transactional = false)
class HomeInBrowserTest extends DemoSiteTest {

    @Inject
    EmbeddedServer server;
    @Inject
    io.partneracademy.support.Fixtures fixtures;
    @Inject
    io.partneracademy.partners.Partners partners;
    @Inject
    io.partneracademy.accounts.PersonPreferences preferences;

    @BeforeAll
    void demoLoaded() throws InterruptedException {
        // The demo's 240 attempts at the Foundation exam give item statistics their flags; they load in the background.
        long until = System.currentTimeMillis() + 120_000;
        while (Integer.parseInt(site.query("SELECT COUNT(DISTINCT user_id) FROM exam_attempt "
                + "WHERE exam_id = 'foundation-exam' AND closed_at IS NOT NULL")) < 240) {
            assertThat(System.currentTimeMillis()).as("demo attempts loaded within two minutes").isLessThan(until);
            Thread.sleep(250);
        }
    }

    @Test
    void aLearnerContinuesWhereTheyLeftOffAndSeesWhatTheirPathStillNeeds() {
        RealBrowser learner = signedIn("learner@globaltech.example");
        learner.open("/");
        assertThat(learner.find("h1").getText()).isEqualTo("Welcome, Łukasz Nowak");
        assertThat(learner.find("#home-continue").getText()).contains("No course in progress.");
        assertThat(learner.find("#home-path").getText()).contains("Foundation");

        learner.open("/paths/foundation").clickButton("Enrol in this path");
        learner.open("/courses/value-proposition").click("a[href^='/courses/value-proposition/lessons/']");
        String lesson = learner.find("h1").getText();
        String lessonPath = learner.path();
        learner.open("/");

        assertThat(learner.find("#home-continue").getText()).contains("Continue: " + lesson, "Value");
        assertThat(learner.find("#home-path").getText()).contains("Foundation", "Enrolled", "Still missing");
        assertThat(learner.find("#home-certifications").getText()).contains("No certification yet.");
        assertThat(learner.find("#home-notifications").getText()).contains(unread("learner@globaltech.example"));
        assertThat(learner.all("#home-reviews, #home-drafts, #home-at-risk, #home-admin")).isEmpty();
        followEveryLink(learner);
        learner.open("/").click("#home-continue a.button");
        assertThat(learner.path()).isEqualTo(lessonPath);
    }

    @Test
    void aCertifiedLearnerSeesExpiryAndWhenRenewalOpens() {
        RealBrowser yuki = signedIn("yuki.tanaka@globaltech.example");
        String user = id("yuki.tanaka@globaltech.example");

        yuki.open("/");

        List<WebElement> rows = yuki.all("#home-certifications tbody tr");
        assertThat(rows).hasSize(Integer.parseInt(site.query(
                "SELECT COUNT(*) FROM certification_active WHERE expires_at > NOW() AND user_id = " + user)));
        String soonest = site.query("SELECT DATE(MIN(expires_at)) FROM certification_active "
                + "WHERE expires_at > NOW() AND user_id = " + user);
        String opens = site.query("SELECT DATE(DATE_SUB(MIN(expires_at), INTERVAL 90 DAY)) FROM certification_active "
                + "WHERE expires_at > NOW() AND user_id = " + user);
        assertThat(rows.get(0).getText()).contains(io.partneracademy.web.Formats.of(java.util.Locale.ENGLISH, java.time.ZoneId.of("UTC")).date(soonest))
                .containsAnyOf("Renewal opens " + io.partneracademy.web.Formats.of(java.util.Locale.ENGLISH, java.time.ZoneId.of("UTC")).date(opens), "Renewal window open");
        followEveryLink(yuki);
    }

    @Test
    void aReviewerSeesTheQueueWithItsCount() {
        RealBrowser reviewer = signedIn("reviewer@partneracademy.example");
        int pending = Integer.parseInt(site.query("SELECT COUNT(*) FROM lab_submission WHERE status = 'PENDING'"));

        reviewer.open("/");

        assertThat(reviewer.find("#home-reviews").getText()).contains(pending == 0 ? "Nothing is waiting for review."
                : pending == 1 ? "1 submission waits" : pending + " submissions wait");
        assertThat(reviewer.all("#home-continue, #home-drafts, #home-at-risk")).isEmpty();
        followEveryLink(reviewer);
        reviewer.open("/").click("#home-reviews a[href='/reviews']");
        assertThat(reviewer.all("tr.queue-item")).hasSize(pending);
    }

    @Test
    void anAuthorSeesTheirDraftsAndTheQuestionsItemStatisticsFlag() {
        RealBrowser author = signedIn("author@partneracademy.example");
        author.open("/");
        assertThat(author.find("#home-drafts").getText()).contains("You have no open drafts.");

        author.open("/authoring").click("form[action='/authoring/courses/deal-registration/draft'] button");
        author.open("/");

        assertThat(author.find("#home-drafts").getText()).contains("Deal Registration That Gets Approved");
        int flagged = author.all("#home-flagged li").size();
        assertThat(author.find("#home-flagged h3").getText()).endsWith(": " + flagged + " flagged questions");
        author.click("#home-flagged h3 a");
        assertThat(author.path()).isEqualTo("/itemstats/foundation-exam");
        assertThat(author.text()).contains(flagged + " flagged questions");
        assertThat(author.all("#home-continue, #home-reviews, #home-at-risk")).isEmpty();
        followEveryLink(author);
    }

    @Test
    void aPartnerAdminSeesTheirCompanyAtRiskOrNotAndWhatExpiresThereAndTheirOwnLearning() {
        RealBrowser admin = signedIn("partneradmin@globaltech.example");

        admin.open("/");

        assertThat(admin.all("#home-continue, #home-path, #home-at-risk, #home-expiring")).hasSize(4);
        assertPartnersAsOnTheTierPages(admin, "partneradmin@globaltech.example");
        followEveryLink(admin);
    }

    @Test
    void aPartnerManagerSeesPartnersAtRiskAndWhatExpiresAcrossTheirPortfolio() {
        RealBrowser manager = signedIn("manager@partneracademy.example");

        manager.open("/");

        assertThat(manager.all("#home-continue, #home-reviews, #home-drafts, #home-admin")).isEmpty();
        assertPartnersAsOnTheTierPages(manager, "manager@partneracademy.example");
        assertThat(manager.find("#home-at-risk").getText()).doesNotContain("DataCorp Partners");
        followEveryLink(manager);
    }

    @Test
    void anAdminSeesAdministrationAndEveryPartner() {
        RealBrowser admin = signedIn("admin@partneracademy.example");

        admin.open("/");

        assertThat(admin.find("#home-admin").getText()).contains("User accounts and invitations", "Tier policy");
        assertPartnersAsOnTheTierPages(admin, "admin@partneracademy.example");
        followEveryLink(admin);
    }

    @Test
    void aGermanLearnerAndAGermanPartnerManagerReadTheirCertificationsByTheirGermanTitles() {
        RealBrowser hannah = signedIn("hannah.schmidt@datacorp.example");

        hannah.open("/");

        // Foundation is translated into German; the paths after it are not, and say so to a screen reader
        WebElement held = hannah.find("#home-certifications tbody tr td a");
        assertThat(held.getText()).isEqualTo("Foundation-Zertifizierung");
        assertThat(held.getDomAttribute("lang")).isNull();
        WebElement next = hannah.find("#home-path a[href^='/paths/']");
        assertThat(next.getText()).isEqualTo("Certified Practitioner");
        assertThat(next.getDomAttribute("lang")).isEqualTo("en");
        followEveryLink(hannah);

        RealBrowser greta = new RealBrowser(server.getURI())
                .signIn(germanManagerOf("GlobalTech Solutions").email(), io.partneracademy.support.Fixtures.PASSWORD);
        greta.open("/");

        List<String> expiring = greta.all("#home-expiring tbody tr td:nth-child(3)").stream()
                .map(td -> td.getText() + "|" + td.getDomAttribute("lang")).toList();
        List<String> expected = expiringTitles("GlobalTech Solutions");
        assertThat(expected).as("demo certifications at GlobalTech expiring within 30 days").isNotEmpty();
        assertThat(expiring).isEqualTo(expected);
        assertThat(expiring).anyMatch(t -> t.equals("Foundation-Zertifizierung|null"));
        followEveryLink(greta);
    }

    /** A partner manager created for this test, German in their profile, who looks after one demo partner. */
    private io.partneracademy.accounts.UserSummary germanManagerOf(String partnerName) {
        io.partneracademy.accounts.UserSummary manager = fixtures.user("Greta Demo", io.partneracademy.accounts.Role.PARTNER_MANAGER);
        fixtures.assign(partners.list().stream().filter(p -> p.name().equals(partnerName)).findFirst().orElseThrow(),
                manager);
        preferences.save(manager.id(), io.partneracademy.web.Language.DE, java.time.ZoneId.of("Europe/Berlin"));
        return manager;
    }

    /**
     * What the German list should say, soonest first: the German title of a path translated into German, else the
     * English one marked {@code lang="en"}; "null" where no attribute is expected.
     */
    private List<String> expiringTitles(String partnerName) {
        String rows = site.query("SELECT GROUP_CONCAT(CONCAT(COALESCE(t.title, c.path_title), '|',"
                + " IF(t.title IS NULL, 'en', 'null')) ORDER BY c.expires_at, c.id SEPARATOR '\\n')"
                + " FROM certification_active c JOIN partner_current_staff e ON e.user_id = c.user_id"
                + " JOIN partner p ON p.id = e.partner_id"
                + " LEFT JOIN path_translation t ON t.path_id = c.path_id AND t.language = 'de'"
                + " WHERE c.expires_at > NOW() AND c.expires_at <= NOW() + INTERVAL 30 DAY"
                + " AND p.name = '" + partnerName + "'");
        return rows.equals("0") || rows.isEmpty() ? List.of()
                : java.util.Arrays.stream(rows.split("\n")).limit(Home.FIRST).toList();
    }

    /** The at-risk list is the portfolio's at-risk partners; the expiring list counts what the database holds. */
    private void assertPartnersAsOnTheTierPages(RealBrowser browser, String email) {
        List<String> atRiskHome = browser.all("#home-at-risk tbody tr td:first-child").stream()
                .map(WebElement::getText).toList();
        String atRiskText = browser.find("#home-at-risk").getText();
        String expiring = browser.find("#home-expiring").getText();
        int expiringRows = browser.all("#home-expiring tbody tr").size();
        browser.open("/tiers");
        List<String> atRiskPortfolio = browser.all("li.path-card").stream()
                .filter(card -> !card.findElements(By.cssSelector(".standing-at_risk")).isEmpty())
                .map(card -> card.findElement(By.cssSelector("h2")).getText()).sorted().toList();
        assertThat(atRiskHome).isEqualTo(atRiskPortfolio.subList(0, Math.min(Home.FIRST, atRiskPortfolio.size())));
        if (atRiskPortfolio.isEmpty()) {
            assertThat(atRiskText).contains("No partner you look after is at risk");
        } else if (atRiskPortfolio.size() > Home.FIRST) {
            assertThat(atRiskText).contains("and " + (atRiskPortfolio.size() - Home.FIRST) + " more at risk");
        }
        int expected = Integer.parseInt(site.query(expiringQuery(email)));
        assertThat(expiringRows).isEqualTo(Math.min(expected, Home.FIRST));
        if (expected == 0) {
            assertThat(expiring).contains("expires in that time");
        } else if (expected > Home.FIRST) {
            assertThat(expiring).contains("and " + (expected - Home.FIRST) + " more");
        }
        browser.open("/");
    }

    /** Active certifications of the current staff of the partners this person looks after, expiring within 30 days. */
    private String expiringQuery(String email) {
        String user = id(email);
        String partners = site.query("SELECT COUNT(*) FROM user_role WHERE role = 'ADMIN' AND user_id = " + user)
                .equals("1") ? "SELECT id FROM partner"
                : site.query("SELECT COUNT(*) FROM user_role WHERE role = 'PARTNER_MANAGER' AND user_id = " + user)
                .equals("1") ? "SELECT partner_id FROM partner_manager_assignment WHERE manager_user_id = " + user
                : "SELECT partner_id FROM partner_current_staff WHERE user_id = " + user;
        return "SELECT COUNT(*) FROM certification_active c JOIN partner_current_staff e ON e.user_id = c.user_id "
                + "WHERE c.expires_at > NOW() AND c.expires_at <= NOW() + INTERVAL 30 DAY "
                + "AND e.partner_id IN (" + partners + ")";
    }

    /** Opens every link of the home page's sections: each answers 200 and passes axe-core in the browser. */
    private static void followEveryLink(RealBrowser browser) {
        browser.open("/");
        Set<String> links = browser.all("main .home-block a[href]").stream().map(a -> a.getDomAttribute("href"))
                .filter(href -> href.startsWith("/")).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(links).isNotEmpty();
        for (String link : links) {
            Object status = browser.script("return fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.status)",
                    link);
            assertThat(((Number) status).intValue()).as("status of %s", link).isEqualTo(200);
            browser.open(link);
        }
    }

    private String unread(String email) {
        int unread = Integer.parseInt(site.query("SELECT COUNT(*) FROM notification WHERE read_at IS NULL AND user_id = "
                + id(email)));
        return unread == 0 ? "No unread notifications" : unread == 1 ? "1 unread notification" : unread + " unread notifications";
    }

    /** One browser, one person at a time: signing in someone else ends the previous person's session in it. */
    private RealBrowser signedIn(String email) {
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(email, DemoSite.PASSWORD);
        return browser;
    }

    private String id(String email) {
        return site.query("SELECT id FROM app_user WHERE email = '" + email + "'");
    }
}
