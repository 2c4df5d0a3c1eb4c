package io.partneracademy.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.DemoSiteTest;
import io.partneracademy.support.DemoSite;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo site in a real Chromium, one journey per kind of person, as the README's tour describes them: what each
 * does every week, clicking and typing, with every page checked by axe-core and the console watched.
 */
@MicronautTest(transactional = false)
class DemoJourneysInBrowserTest extends DemoSiteTest {

    /** Every word in a lesson table's cells that the layout split over two lines (hyphenated words may split). */
    private static final String WORDS_BROKEN_ACROSS_LINES = """
            const broken = [];
            for (const cell of document.querySelectorAll('.lesson-body td, .lesson-body th')) {
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const m of node.textContent.matchAll(/[^\\s\\-\\/]+/g)) {
                  const range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  if (range.getClientRects().length > 1) broken.push(m[0]);
                }
              }
            }
            return broken;
            """;

    /** The elements that reach past the right edge of the window, for the failure message. */
    private static final String TOO_WIDE = """
            return [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
            """;

    @Inject
    EmbeddedServer server;

    @Test
    void anAdminChangesRolesDeactivatesGrantsTimeAndMovesPeople() {
        RealBrowser admin = signedIn("admin@partneracademy.example");

        admin.open("/admin/users").clickLink(name("learner@globaltech.example"));
        admin.screenshot("admin-user");
        admin.press("input[name=roles][value=REVIEWER]").press("input[name=active]").clickButton("Save");
        assertThat(admin.text()).contains("Saved");
        assertThat(site.query("SELECT active FROM app_user WHERE email = 'learner@globaltech.example'")).isEqualTo("0");
        admin.open("/admin/users/" + id("learner@globaltech.example")).press("input[name=active]").clickButton("Save");
        assertThat(site.query("SELECT active FROM app_user WHERE email = 'learner@globaltech.example'")).isEqualTo("1");
        assertThat(site.query("SELECT COUNT(*) FROM user_role r JOIN app_user u ON u.id = r.user_id "
                + "WHERE u.email = 'learner@globaltech.example' AND r.role = 'REVIEWER'")).isEqualTo("1");

        admin.clickLink("Exam accommodations");
        admin.type("#extraMinutes", "30").type("#multiplier", "1.5").type("#reason", "Screen reader user").clickButton("Grant");
        assertThat(admin.text()).contains("+30 min", "Screen reader user");

        String yuki = id("yuki.tanaka@globaltech.example");
        admin.open("/admin/people/" + yuki + "/employment");
        admin.driver().findElement(org.openqa.selenium.By.cssSelector("#partnerId option:nth-child(2)")).click();
        admin.type("#startedOn", "01022026").type("#jobTitle", "Principal Architect").clickButton("Move");
        assertThat(admin.text()).contains("Principal Architect");

        String partner = site.query("SELECT partner_id FROM partner_current_staff WHERE user_id = " + yuki);
        admin.open("/admin/partners").screenshot("admin-partners");
        admin.open("/program").screenshot("program");
        admin.open("/partners/" + partner + "/people/" + yuki).clickButton("Record that this person has left");
        assertThat(site.query("SELECT COUNT(*) FROM partner_current_staff WHERE user_id = " + yuki))
                .isEqualTo("0");
    }

    @Test
    void aReviewerPassesAnUploadedDesignAndTheLearnerSeesTheDecision() throws Exception {
        RealBrowser learner = signedIn("learner@globaltech.example");
        String lab = "/labs/architect-design-review";
        learner.open(lab).clickButton("Start this track");
        learner.open(lab + "/tasks/deployment-choice").type("#answer", "vpc").clickButton("Check my answer");
        learner.open(lab + "/tasks/deny-rule").type("#answer", "sap.update_vendor_bank").clickButton("Check my answer");
        Path design = Files.createTempFile("design-", ".pdf");
        Files.writeString(design, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
        learner.open(lab + "/tasks/design-document");
        learner.find("#file").sendKeys(design.toString());
        learner.clickButton("Upload for review");
        assertThat(learner.find("#task-state").getText()).isEqualTo("Waiting for review");

        RealBrowser reviewer = signedIn("reviewer@partneracademy.example");
        reviewer.open("/").screenshot("home-reviewer").clickLink("Review queue");
        reviewer.click("table a[href^='/reviews/']");
        reviewer.screenshot("review");
        reviewer.press("input[name=decision][value=pass]").type("#feedback", "Clear policies for each risk.")
                .clickButton("Record decision");
        assertThat(reviewer.find(".flash").getText()).contains("passed");

        learner = signedIn("learner@globaltech.example");
        learner.open(lab + "/tasks/design-document");
        assertThat(learner.find("#task-state").getText()).as(learner.text()).isEqualTo("Done");
        assertThat(learner.text()).contains("Clear policies for each risk.");
    }

    @Test
    void anAuthorEditsADraftWithLivePreviewPublishesAndLearnersSeeIt() {
        RealBrowser author = signedIn("author@partneracademy.example");
        author.open("/authoring").click("form[action='/authoring/courses/value-proposition/draft'] button");
        author.click("a[href*='/lessons/']:not([href$='/new'])");
        author.find("#markdown").sendKeys("\n\nA sentence only this test writes.");
        author.waitFor(d -> author.find("#preview").getText().contains("A sentence only this test writes.") ? true : null);
        author.screenshot("authoring");
        author.clickButton("Save");
        assertThat(author.find(".flash").getText()).contains("Lesson saved");
        String lesson = author.path().substring(author.path().lastIndexOf('/') + 1);
        author.open("/authoring/drafts/value-proposition").clickButton("Publish as new version");
        assertThat(author.find(".flash").getText()).contains("Published as version 2");

        RealBrowser learner = signedIn("learner@globaltech.example");
        learner.open("/courses/value-proposition/lessons/" + lesson);
        assertThat(learner.text()).contains("A sentence only this test writes.");
    }

    @Test
    void aPartnerManagerSeesThePortfolioATeamAndItsCsvButNotAnotherCompany() throws Exception {
        RealBrowser manager = signedIn("manager@partneracademy.example");

        manager.open("/").screenshot("home-manager");
        manager.open("/tiers").screenshot("tiers");
        assertThat(manager.text()).contains("GlobalTech Solutions", "Enterprise Partners Inc");
        manager.click("a[href='/tiers/partners/" + partnerId("GlobalTech Solutions") + "']");
        assertThat(manager.text()).contains("GlobalTech Solutions");
        manager.screenshot("team");
        String csv = Files.readString(manager.download("a[href$='people.csv']", ".csv"));
        assertThat(csv).contains("Yuki");
        manager.openRefused("/tiers/partners/" + partnerId("DataCorp Partners"));
        assertThat(manager.text()).doesNotContain("DataCorp Partners").containsIgnoringCase("not allowed");

        RealBrowser partnerAdmin = signedIn("partneradmin@globaltech.example");
        partnerAdmin.open("/partners/" + partnerId("GlobalTech Solutions"));
        assertThat(partnerAdmin.text()).contains("Yuki");
        partnerAdmin.screenshot("partner-people");
        partnerAdmin.openRefused("/partners/" + partnerId("Enterprise Partners Inc"));
        assertThat(partnerAdmin.text()).doesNotContain("Enterprise Partners Inc").containsIgnoringCase("not allowed");
    }

    @Test
    void aLibraryUserSearchesFiltersOpensAndDownloads() throws Exception {
        RealBrowser learner = signedIn("learner@globaltech.example");

        learner.open("/library?q=partner");
        assertThat(learner.all(".pager a")).as("page numbers, checked by axe for target size").isNotEmpty();
        learner.click(".pager a");
        assertThat(learner.path()).contains("page=2");
        learner.open("/library").type("#q", "pitch deck").clickButton("Search");
        assertThat(learner.all("a.hit-title")).isNotEmpty();
        learner.click(".facets a[href*='type=pitch-deck']");
        assertThat(learner.path()).contains("q=pitch", "type=pitch-deck");
        assertThat(learner.all(".active-filters a")).isNotEmpty();
        learner.screenshot("library");
        learner.click("a.hit-title[href^='/library/resources/']");
        String title = learner.find("h1").getText();
        assertThat(learner.download("a.button[href$='/download']", "").getFileName().toString()).doesNotStartWith("resource.");
        assertThat(title).isNotBlank();
    }

    @Test
    void onAPhoneThePathsALessonAndTheLibraryFitTheScreen() {
        RealBrowser phone = signedIn("learner@globaltech.example");
        phone.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : new String[]{"/paths", "/courses/program-essentials/lessons/program-certification-paths",
                    "/library?q=pitch", "/exams/foundation-exam"}) {
                phone.open(page);
                Number width = (Number) phone.script("return document.documentElement.scrollWidth");
                Number viewport = (Number) phone.script("return window.innerWidth");
                assertThat(width.intValue()).as("page width of %s on a phone; too wide: %s", page, phone.script(TOO_WIDE))
                        .isLessThanOrEqualTo(viewport.intValue());
            }

            phone.open("/exams/practitioner-exam").clickButton("Start the exam");
            assertThat(phone.find("#answer-form input[name=answer]").isDisplayed()).isTrue();
            Number questionWidth = (Number) phone.script("return document.documentElement.scrollWidth");
            assertThat(questionWidth.intValue()).as("an exam question on a phone").isLessThanOrEqualTo(390);

            phone.open("/paths");
            assertThat(phone.find("#main-menu a[href='/library']").isDisplayed()).as("menu folded").isFalse();
            phone.press(".menu-toggle");
            assertThat(phone.find(".menu-toggle").getAttribute("aria-expanded")).isEqualTo("true");
            phone.screenshot("phone-menu");
            phone.click("#main-menu a[href='/library']");
            assertThat(phone.path()).isEqualTo("/library");

            phone.open("/library?q=pitch");
            Number results = (Number) phone.script("return document.querySelector('.results').getBoundingClientRect().top");
            Number filters = (Number) phone.script("return document.querySelector('.facets').getBoundingClientRect().top");
            assertThat(filters.doubleValue()).as("filters after the results").isGreaterThan(results.doubleValue());

            phone.open("/courses/program-essentials/lessons/program-certification-paths");
            assertThat(phone.all(".lesson-body table")).isNotEmpty();
            assertThat(phone.script(WORDS_BROKEN_ACROSS_LINES)).as("words broken inside table cells").asList().isEmpty();
        } finally {
            phone.driver().manage().window().setSize(new Dimension(1280, 900));
        }
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

    private String name(String email) {
        return site.query("SELECT display_name FROM app_user WHERE email = '" + email + "'");
    }

    private String partnerId(String name) {
        return site.query("SELECT id FROM partner WHERE name = '" + name + "'");
    }
}
