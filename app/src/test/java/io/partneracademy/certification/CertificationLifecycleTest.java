package io.partneracademy.certification;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.catalog.Courses;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issuance in either order and never twice, expiry, recertification, revocation and reminders, as users see them. */
@MicronautTest(transactional = false)
class CertificationLifecycleTest extends DatabaseTest {

    @io.micronaut.context.annotation.Value("${partneracademy.public-base-url}")
    String baseUrl;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    Learning learning;
    @Inject
    Courses courses;
    @Inject
    CertificationRepository certifications;
    @Inject
    Issuance issuance;
    @Inject
    Expiry expiry;
    @Inject
    Notifications notifications;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;

    @BeforeAll
    void importContent() {
        ContentFixture content = ContentFixture.create()
                .replace("paths/basics.yaml", "validity-months: 12", "exam: quiz\nvalidity-months: 12")
                .replace("paths/advanced.yaml", "  - silver-only\n", "")
                .replace("paths/advanced.yaml", "validity-months: 12", "exam: adv-quiz\nvalidity-months: 24");
        contentImporter.importTree(content.root(), null);
        Path exams = ExamFixture.addExam(ExamFixture.create(), "adv-quiz", "advanced");
        examImporter.importTree(exams);
    }

    @Test
    void passingTheExamLastIssuesTheCertificationAtOnce() {
        CurrentUser learner = learner("Ada Exam-Last");
        completeIntro(learner);
        assertThat(rows(learner)).isEmpty();

        pass(learner, "quiz");

        List<CertificationRow> issued = rows(learner);
        assertThat(issued).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CertificationStatus.ACTIVE);
            assertThat(c.pathId()).isEqualTo("basics");
            assertThat(c.issuedAt()).isBetween(clock.instant().minusSeconds(5), clock.instant());
            assertThat(c.expiresAt()).isEqualTo(c.issuedAt().atZone(ZoneOffset.UTC).plusMonths(12).toInstant());
            assertThat(c.credentialId()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        });
        assertThat(outbox("certification.issued", issued.get(0).credentialId())).isEqualTo(1);
        Browser browser = new Browser(server.getURI());
        browser.login(learner.email(), Fixtures.PASSWORD);
        String path = browser.get("/paths/basics").text();
        assertThat(path).contains("Certified until " + java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu",
                java.util.Locale.ENGLISH).format(java.time.LocalDate.parse(Certifications.date(issued.get(0).expiresAt()))));
        assertThat(browser.get("/paths/advanced").text()).doesNotContain("Basics Path", "Still missing: Certification");
    }

    @Test
    void completingTheLastCourseAfterThePassIssuesItThen() {
        CurrentUser learner = learner("Bo Course-Last");
        courses.complete(learner, "intro", "welcome");
        pass(learner, "quiz");
        assertThat(rows(learner)).isEmpty();

        courses.complete(learner, "intro", "second-lesson");

        assertThat(rows(learner)).singleElement().extracting(CertificationRow::status).isEqualTo(CertificationStatus.ACTIVE);
    }

    @Test
    void nothingIssuesTwice() {
        CurrentUser learner = learner("Cy Twice");
        completeIntro(learner);
        pass(learner, "quiz");

        courses.complete(learner, "intro", "welcome");
        issuance.evaluate(learner.id(), List.of("basics", "advanced"));
        // before the renewal window the exam cannot even be started again
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pass(learner, "quiz"))
                .isInstanceOf(io.partneracademy.exams.AlreadyCertifiedException.class);

        assertThat(rows(learner)).hasSize(1);
    }

    @Test
    void aPathWaitsForThePreviousCertificationThenFollowsIt() {
        CurrentUser learner = learner("Di Prerequisite");
        courses.complete(learner, "intro", "welcome");
        pass(learner, "adv-quiz");
        assertThat(rows(learner)).isEmpty();

        courses.complete(learner, "intro", "second-lesson");
        assertThat(rows(learner)).isEmpty();
        pass(learner, "quiz");

        assertThat(rows(learner)).extracting(CertificationRow::pathId).containsExactlyInAnyOrder("basics", "advanced");
    }

    @Test
    void expiryShowsOnTheVerifyPageAndIsAnEvent() {
        CurrentUser learner = learner("Ed Expiring");
        String id = certify(learner);
        Browser anonymous = new Browser(server.getURI());
        assertThat(anonymous.get("/verify/" + id).text()).contains("Active", "Ed Expiring", "Basics Path");

        clock.advance(Duration.ofDays(366));
        assertThat(anonymous.get("/verify/" + id).text()).contains("Expired");
        // the job expires every certification in this class's database that is due, this test's among them
        long due = java.util.stream.StreamSupport.stream(certifications.findAll().spliterator(), false)
                .filter(c -> c.status().equals(CertificationStatus.ACTIVE) && !c.expiresAt().isAfter(clock.instant()))
                .count();
        assertThat(expiry.expireDue()).isEqualTo(due);
        assertThat(expiry.expireDue()).isZero();

        assertThat(certifications.findByCredentialId(id).orElseThrow().status()).isEqualTo(CertificationStatus.EXPIRED);
        assertThat(outbox("certification.expired", id)).isEqualTo(1);
        assertThat(anonymous.getJson("/verify/" + id).body()).contains("\"status\":\"EXPIRED\"");
    }

    @Test
    void passingAgainInTheWindowRenewsFromTheOldExpiry() {
        CurrentUser learner = learner("Fay Renewing");
        String first = certify(learner);
        CertificationRow old = certifications.findByCredentialId(first).orElseThrow();

        clock.advance(Duration.ofDays(100));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pass(learner, "quiz"))
                .isInstanceOf(io.partneracademy.exams.AlreadyCertifiedException.class);
        assertThat(rows(learner)).hasSize(1);

        clock.advance(Duration.ofDays(200));
        pass(learner, "quiz");

        CertificationRow renewed = rows(learner).stream().filter(c -> c.status().equals(CertificationStatus.ACTIVE))
                .findFirst().orElseThrow();
        assertThat(renewed.expiresAt()).isEqualTo(old.expiresAt().atZone(ZoneOffset.UTC).plusMonths(12).toInstant());
        assertThat(renewed.supersedesId()).isEqualTo(old.id());
        CertificationRow superseded = certifications.findByCredentialId(first).orElseThrow();
        assertThat(superseded.status()).isEqualTo(CertificationStatus.SUPERSEDED);
        assertThat(superseded.supersededBy()).isEqualTo(renewed.id());
        String page = new Browser(server.getURI()).get("/verify/" + first).text();
        assertThat(page).contains("Renewed", renewed.credentialId());
        assertThat(outbox("certification.superseded", first)).isEqualTo(1);
    }

    @Test
    void anAdminRevokesWithAReasonAndTheVerifyPageSaysSo() {
        CurrentUser learner = learner("Gil Revoked");
        String id = certify(learner);
        UserSummary admin = fixtures.user("Ida Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        browser.get("/admin/certifications?q=" + id);

        Browser.Page noReason = browser.post("/admin/certifications/" + id + "/revoke", java.util.Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(422);
        Browser.Page revoked = browser.post("/admin/certifications/" + id + "/revoke",
                java.util.Map.of("reason", "Exam taken by someone else"));

        assertThat(revoked.status()).isEqualTo(303);
        String publicPage = new Browser(server.getURI()).get("/verify/" + id).text();
        assertThat(publicPage).contains("Revoked").doesNotContain("Exam taken by someone else");
        assertThat(browser.get("/admin/certifications?q=" + id).text()).contains("Exam taken by someone else");
        assertThat(outbox("certification.revoked", id)).isEqualTo(1);
        String list = new Browser(server.getURI()).getJson("/verify/revocations").body();
        assertThat(list).contains("\"revokedCredential\":[{\"id\":\"" + baseUrl + "/verify/" + id + "\",\"revoked\":true}")
                .doesNotContain("Exam taken");
    }

    @Test
    void unknownIdsAllGetTheSameNotFound() {
        Browser anonymous = new Browser(server.getURI());
        Browser.Page a = anonymous.get("/verify/ABCD-EFGH-JKMN-PQRS");
        Browser.Page b = anonymous.get("/verify/0000-0000-0000-0000");
        Browser.Page malformed = anonymous.get("/verify/not-a-credential");

        assertThat(a.status()).isEqualTo(404);
        assertThat(List.of(b.status(), malformed.status())).containsOnly(404);
        // the language switcher echoes the address asked for, to come back to it; nothing else may differ
        assertThat(withoutEcho(b.body())).isEqualTo(withoutEcho(a.body()));
        assertThat(withoutEcho(malformed.body())).isEqualTo(withoutEcho(a.body()));
    }

    private static String withoutEcho(String page) {
        return page.replaceAll("name=\"next\" value=\"[^\"]*\"", "name=\"next\" value=\"\"");
    }

    @Test
    void typedIdsAreForgiving() {
        String id = certify(learner("Hal Typist"));
        String typed = id.toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l');

        assertThat(new Browser(server.getURI()).get("/verify/" + typed.replace(" ", "%20")).status()).isEqualTo(200);
    }

    @Test
    void theVerifyPageIsRateLimitedPerClient() {
        clock.advance(Duration.ofMinutes(1));
        Browser anonymous = new Browser(server.getURI());
        int status = 200;
        int requests = 0;
        while (status != 429 && requests < 200) {
            status = anonymous.get("/verify/ABCD-EFGH-JKMN-PQRS").status();
            requests++;
        }
        assertThat(status).isEqualTo(429);
        assertThat(requests).isEqualTo(61);
        clock.advance(Duration.ofMinutes(1));
        assertThat(anonymous.get("/verify/ABCD-EFGH-JKMN-PQRS").status()).isEqualTo(404);
    }

    @Test
    void holdersAndTheirPartnerAdminsAreRemindedOncePerThreshold() {
        // 200 days later than the other tests' holders: theirs have expired when this one is reminded
        clock.advance(Duration.ofDays(200));
        Partner partner = fixtures.partner("Reminder Co");
        UserSummary holder = fixtures.employee(partner, "Jo Holder", Role.LEARNER);
        UserSummary admin = fixtures.employee(partner, "Kim Partner-Admin", Role.PARTNER_ADMIN);
        CurrentUser learner = Learning.learner(holder);
        certify(learner);
        clock.advance(Duration.ofDays(365 - 25));
        int first = expiry.remind();
        int again = expiry.remind();

        assertThat(first).as("the holder and the partner admin").isEqualTo(2);
        assertThat(again).isZero();
        assertThat(notifications.recent(holder.id())).singleElement()
                .satisfies(n -> assertThat(n.subject()).contains("Basics Path", "expires on"));
        assertThat(notifications.recent(admin.id())).singleElement()
                .satisfies(n -> assertThat(n.subject()).contains("Jo Holder"));
        Browser browser = new Browser(server.getURI());
        browser.login(holder.email(), Fixtures.PASSWORD);
        assertThat(browser.get("/notifications").text()).contains("expires on");
    }

    private CurrentUser learner(String name) {
        return Learning.learner(fixtures.user(name, Role.LEARNER));
    }

    private String certify(CurrentUser learner) {
        learning.completeBasics(learner);
        return rows(learner).get(0).credentialId();
    }

    private void completeIntro(CurrentUser learner) {
        learning.completeIntro(learner);
    }

    private void pass(CurrentUser learner, String exam) {
        learning.pass(learner, exam);
    }

    private List<CertificationRow> rows(CurrentUser learner) {
        return certifications.findByUserIdOrderByIssuedAtDesc(learner.id());
    }

    private int outbox(String type, String credentialId) {
        return certifications.countOutbox(type, credentialId);
    }
}
