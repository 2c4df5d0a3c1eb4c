package io.partneracademy.exams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.partneracademy.certification.CredentialIds;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import io.partneracademy.support.RealBrowser;
import io.partneracademy.support.TestClock;
import io.partneracademy.tiers.TierEvents;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Practitioner earns the shipped Healthcare specialization in a real Chromium, clicking as a person would: sees it
 * on the home and paths pages, reads the course, does the lab track, passes the exam, downloads the certificate and
 * the Open Badge, and opens the verify page; the partner's manager then sees it on the tier and team pages, and a
 * visitor without an account finds the company by it in the public directory (issue 21's "earned end to end and
 * appears in the directory").
 */
@MicronautTest(transactional = false)
class SpecializationInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    DataSource dataSource;
    @Inject
    AttemptRepository attempts;
    @Inject
    ExamVersions versions;
    @Inject
    TierEvents tierEvents;
    @Inject
    TestClock clock;

    @BeforeAll
    void importShippedContent() {
        contentImporter.importTree(ProjectDir.get().resolve("content"), null);
        examImporter.importTree(ProjectDir.get().resolve("exams"));
    }

    @Test
    void aPractitionerEarnsTheHealthcareSpecializationAndTheManagerSeesIt() throws Exception {
        Partner partner = fixtures.partner("Mercy Health Partners");
        UserSummary learner = fixtures.employee(partner, "Priya Raman", Role.LEARNER);
        UserSummary manager = fixtures.user("Marta Manager", Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        holds(learner, "foundation", "Certified Foundation", "FOUNDATION");
        holds(learner, "practitioner", "Certified Practitioner", "PRACTITIONER");
        RealBrowser browser = new RealBrowser(server.getURI());

        browser.signIn(learner.email(), Fixtures.PASSWORD).open("/");
        assertThat(browser.find("#home-specializations").getText())
                .contains("Certified Healthcare Specialist", "open to you, 0% done");
        browser.open("/paths");
        assertThat(browser.find("#specializations").getText()).isEqualTo("Specializations");
        assertThat(browser.find(".specialization-card").getText()).contains("Certified Healthcare Specialist", "Specialization");
        browser.open("/paths/healthcare").clickButton("Enrol in this path");
        finishCourse(browser);
        doLabTrack(browser);
        assertThat(browser.open("/paths/healthcare").text()).contains("1 of 1 courses, 5 of 5 lab tasks done",
                "Certification exam: Healthcare Specialization Exam");
        browser.open("/exams/healthcare-exam").clickButton("Start the exam");
        answerEveryQuestion(browser, Long.parseLong(browser.find(".attempt").getAttribute("data-attempt")));
        browser.clickLink("Review and submit");
        assertThat(browser.find("#review-summary").getText()).isEqualTo("You have answered 20 of 20 questions.");
        browser.clickButton("Submit the exam");

        assertThat(browser.find("#certified-now").getText()).contains("You are now Certified Healthcare Specialist");
        assertThat(browser.all("#certified-now a.button")).as("no next level offered after a specialization").isEmpty();
        browser.screenshot("specialization-result");
        assertThat(pdfText(browser.download("#certified-now a[href$='certificate.pdf']", ".pdf")))
                .contains("Certified Specialist", "Priya Raman", "has earned the Specialist certification",
                        "Certified Healthcare Specialist");
        String badge = Files.readString(browser.download("#certified-now a[href$='badge.json']", ".json"));
        assertThat(badge).contains("Certified Healthcare Specialist", "A specialization certification",
                "/achievements/healthcare/image.svg");
        browser.clickLink("Verification page");
        assertThat(browser.text()).contains("Active", "Priya Raman", "Certified Healthcare Specialist");
        Browser.Download art = new Browser(server.getURI()).download("/achievements/healthcare/image.svg");
        assertThat(art.status()).isEqualTo(200);
        assertThat(new String(art.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Partner Academy Specialist certification badge", ">SPECIALIST<");
        browser.open("/");
        assertThat(browser.find("#home-specializations").getText()).contains("Held until");

        tierEvents.process();
        browser.driver().manage().deleteAllCookies();
        browser.signIn(manager.email(), Fixtures.PASSWORD).open("/tiers");
        assertThat(browser.find("dd.specializations").getText()).isEqualTo("1");
        browser.open("/tiers/partners/" + partner.id());
        assertThat(browser.text()).contains("Certified Healthcare Specialist", "Priya Raman");
        browser.screenshot("specialization-team");

        // The partner lists itself in the public directory and Priya chooses to be named: a visitor without an
        // account finds the company by the specialization she just earned and reaches her verify page from it.
        UserSummary admin = fixtures.employee(partner, "Paula Partneradmin", Role.PARTNER_ADMIN);
        signOutAndIn(browser, admin.email()).open("/directory/settings").click("#listing-" + partner.id());
        assertThat(browser.find("#listing-" + partner.id()).getText()).isEqualTo("Remove from the directory");
        signOutAndIn(browser, learner.email()).open("/directory/settings").clickButton("Name me in the directory");
        browser.driver().manage().deleteAllCookies();
        browser.open("/directory?specialization=healthcare");
        String card = "#partner-" + partner.id();
        assertThat(browser.find(card + " .specializations").getText()).isEqualTo("Certified Healthcare Specialist");
        assertThat(browser.find(card + " .people").getText()).contains("Priya Raman");
        browser.clickLink("Certified Healthcare Specialist");
        assertThat(browser.text()).contains("Active", "Priya Raman", "Certified Healthcare Specialist");
    }

    private static RealBrowser signOutAndIn(RealBrowser browser, String email) {
        browser.driver().manage().deleteAllCookies();
        return browser.signIn(email, Fixtures.PASSWORD);
    }

    /**
     * A certification brought over from a previous system (no attempt on this platform), written as the demo history
     * writes them (see V034): the learner's Foundation and Practitioner are the prerequisite, not what is tested here.
     */
    private void holds(UserSummary user, String pathId, String title, String level) throws Exception {
        Instant issued = clock.instant().minus(Duration.ofDays(30));
        String sql = "INSERT INTO certification (credential_id, user_id, path_id, path_title, level, holder_name,"
                + " score_percent, issued_at, expires_at, status, status_at, active_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, 90, ?, ?, 'ACTIVE', ?, ?)";
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setString(1, CredentialIds.random());
            insert.setLong(2, user.id());
            insert.setString(3, pathId);
            insert.setString(4, title);
            insert.setString(5, level);
            insert.setString(6, user.displayName());
            insert.setTimestamp(7, Timestamp.from(issued));
            insert.setTimestamp(8, Timestamp.from(issued.plus(Duration.ofDays(365))));
            insert.setTimestamp(9, Timestamp.from(issued));
            insert.setString(10, user.id() + ":" + pathId);
            insert.executeUpdate();
        }
    }

    private static void finishCourse(RealBrowser browser) {
        browser.open("/courses/healthcare-agents");
        if (!browser.all("form[action$='/enrol'] button").isEmpty()) {
            browser.clickButton("Enrol");
        }
        browser.click("#continue");
        assertThat(browser.find("#lesson-place").getText()).isEqualTo("Lesson 1 of 5");
        while (!browser.all("button#complete").isEmpty()) {
            browser.clickButton("Mark complete and continue");
        }
        assertThat(browser.open("/courses/healthcare-agents").find("#course-complete").getText())
                .startsWith("Course complete");
    }

    private static void doLabTrack(RealBrowser browser) {
        String lab = "/labs/healthcare-phi-workspace";
        browser.open(lab).clickButton("Start this track");
        for (String[] answer : List.of(new String[]{"phi-label", "phi"}, new String[]{"safe-harbor", "7"},
                new String[]{"breach-deadline", "2026-05-01"},
                new String[]{"policy-tests", "passed: 6/6, failed: 0"})) {
            browser.open(lab + "/tasks/" + answer[0]).type("#answer", answer[1]).clickButton("Check my answer");
            assertThat(browser.find("#task-state").getText()).as(answer[0]).isEqualTo("Done");
        }
        browser.open(lab + "/tasks/approval-walkthrough").clickButton("I have done this");
    }

    /** Moves through the navigator and ticks the right options, waiting for each save to be confirmed. */
    private void answerEveryQuestion(RealBrowser browser, long attemptId) {
        AttemptRow attempt = attempts.findById(attemptId).orElseThrow();
        ExamVersions.Loaded exam = versions.get(attempt.examId(), attempt.examVersion());
        for (AttemptQuestionRow q : attempts.findQuestions(attemptId)) {
            browser.click(".navigator a:nth-of-type(" + (q.position() + 1) + ")");
            Set<String> correct = exam.questions().get(q.questionId()).correct();
            for (var option : browser.all("input[name=answer]")) {
                if (correct.contains(option.getAttribute("value")) != option.isSelected()) {
                    option.click();
                    browser.waitFor(d -> browser.find("#save-status").getText().equals("Saved") ? true : null);
                }
            }
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
