package io.partneracademy.certification;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public credential pages in a real Chromium (console errors and axe-core fail the test): a holder shares a
 * certification from the transcript, a stranger types its id at /verify, checks the PDF at /verify/pdf (genuine,
 * changed, not a PDF), opens the achievement page, and sees a revoked credential without its reason; an admin revokes
 * one on the admin page; a visitor reads the verify and achievement pages in German, French and Japanese.
 */
@MicronautTest(transactional = false)
class VerifyInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    CertificationRepository certifications;
    @Inject
    Certifications views;

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void aHolderSharesTheCertificationAndAStrangerChecksItsPdf() throws Exception {
        UserSummary user = fixtures.user("Zoë Sharer", Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        CertificationRow row = certifications.findByUserIdOrderByIssuedAtDesc(user.id()).get(0);
        RealBrowser holder = new RealBrowser(server.getURI());
        holder.signIn(user.email(), Fixtures.PASSWORD);

        holder.open("/certifications");
        Map<String, String> linkedIn = query(holder.find("a[href^='https://www.linkedin.com/profile/add']").getAttribute("href"));
        assertThat(holder.find("a[href$='/badge.json']").getAttribute("href")).endsWith("/certifications/" + row.credentialId() + "/badge.json");
        assertThat(holder.find("a[href$='/verify/" + row.credentialId() + "']").getText()).isEqualTo("Verification page");
        Path pdf = holder.download("a[href$='certificate.pdf']", ".pdf");

        assertThat(linkedIn).containsEntry("name", row.pathTitle()).containsEntry("certId", row.credentialId())
                .containsEntry("certUrl", views.verifyUrl(row.credentialId())).containsKey("organizationName");

        RealBrowser stranger = new RealBrowser(server.getURI());
        stranger.open("/verify").type("#id", row.credentialId().toLowerCase(java.util.Locale.ROOT)).clickButton("Verify");
        assertThat(stranger.path()).isEqualToIgnoringCase("/verify/" + row.credentialId());
        assertThat(stranger.find(".verdict-status").getText()).isEqualTo("Active");
        assertThat(stranger.text()).contains("Zoë Sharer", row.pathTitle(), row.credentialId());

        stranger.open("/verify").clickLink("Have the certificate PDF? Check that the file is genuine.");
        assertThat(stranger.path()).isEqualTo("/verify/pdf");
        upload(stranger, pdf);
        assertThat(stranger.find(".verdict-status").getText()).isEqualTo("Genuine and unmodified");
        assertThat(stranger.find(".verdict").getText()).contains("Issued to Zoë Sharer for " + row.pathTitle(), "Active",
                row.credentialId());

        Path changed = Files.createTempFile("changed", ".pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        byte[] appended = Arrays.copyOf(bytes, bytes.length + 12);
        System.arraycopy("%edited\n%%EOF".getBytes(StandardCharsets.US_ASCII), 0, appended, bytes.length, 12);
        Files.write(changed, appended);
        upload(stranger, changed);
        assertThat(stranger.find(".verdict-status").getText())
                .isEqualTo("Changed: this is not the file we issued for the credential it names");

        Path text = Files.createTempFile("not-a-pdf", ".pdf");
        Files.writeString(text, "Certified Foundation, honestly.");
        upload(stranger, text);
        assertThat(stranger.find(".verdict-status").getText()).isEqualTo("Not a readable PDF file");
    }

    @Test
    void theAchievementPageShowsTheBadgeArtAndHowItIsEarned() {
        PathRulesView basics = basics();
        RealBrowser stranger = new RealBrowser(server.getURI());

        stranger.open(Achievements.PATH + "/" + basics.pathId());

        assertThat(stranger.find("h1").getText()).isEqualTo(basics.title());
        assertThat(stranger.text()).contains("Partner Academy certification", "How it is earned", "Pass the exam “Exam quiz”");
        assertThat(stranger.find("#description").getText())
                .isEqualTo("The Foundation level certification of the Partner Academy program.");
        Object loaded = stranger.script("const img = document.querySelector('img[src$=\"/image.svg\"]');"
                + " return img !== null && img.complete && img.naturalWidth > 0;");
        assertThat(loaded).isEqualTo(true);
        stranger.clickLink("Verify someone’s credential");
        assertThat(stranger.path()).isEqualTo("/verify");
    }

    @Test
    void aRevokedCredentialShowsRevokedWithoutTheAdminsReason() {
        UserSummary user = fixtures.user("Rex Revoked", Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        String credentialId = certifications.findByUserIdOrderByIssuedAtDesc(user.id()).get(0).credentialId();
        UserSummary admin = fixtures.user("Ada Revoker", Role.ADMIN);
        Browser adminBrowser = new Browser(server.getURI());
        adminBrowser.login(admin.email(), Fixtures.PASSWORD);
        adminBrowser.get("/admin/certifications?q=" + credentialId);
        assertThat(adminBrowser.post("/admin/certifications/" + credentialId + "/revoke",
                Map.of("reason", "Shared exam answers")).status()).isEqualTo(303);

        RealBrowser stranger = new RealBrowser(server.getURI());
        stranger.open("/verify/" + credentialId);

        assertThat(stranger.find(".verdict-status").getText()).isEqualTo("Revoked");
        assertThat(stranger.text()).contains("This certification was revoked on", "Rex Revoked")
                .doesNotContain("Shared exam answers");
    }

    @Test
    void anAdminFindsACertificationOnTheAdminPageAndRevokesItWithAReasonOnlyAdminsSee() {
        UserSummary user = fixtures.user("Abe Audited", Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        String credentialId = certifications.findByUserIdOrderByIssuedAtDesc(user.id()).get(0).credentialId();
        UserSummary adminUser = fixtures.user("Ida Inspector", Role.ADMIN);
        RealBrowser admin = new RealBrowser(server.getURI()).signIn(adminUser.email(), Fixtures.PASSWORD);

        admin.open("/admin/certifications").type("#q", "Abe Audited").clickButton("Find");
        assertThat(admin.find("h1").getText()).isEqualTo("Certifications");
        assertThat(admin.find("tbody tr").getText()).contains("Abe Audited", credentialId, "Active");
        admin.type("#reason-" + credentialId, "Certificate shared with a colleague").clickButton("Revoke");

        assertThat(admin.path()).isEqualTo("/admin/certifications?q=" + credentialId);
        assertThat(admin.find("tbody tr").getText()).contains("Abe Audited", "Revoked", "Certificate shared with a colleague");
        assertThat(admin.all("#reason-" + credentialId)).isEmpty();
        admin.click("tbody a[href$='/verify/" + credentialId + "']");
        assertThat(admin.find(".verdict-status").getText()).isEqualTo("Revoked");
        RealBrowser stranger = new RealBrowser(server.getURI()).open("/verify/" + credentialId);
        assertThat(stranger.find(".verdict-status").getText()).isEqualTo("Revoked");
        assertThat(stranger.text()).doesNotContain("Certificate shared with a colleague");
    }

    @Test
    void aVisitorReadsTheVerifyAndAchievementPagesInGermanFrenchAndJapanese() {
        UserSummary user = fixtures.user("Mila Mehrsprachig", Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        CertificationRow row = certifications.findByUserIdOrderByIssuedAtDesc(user.id()).get(0);
        RealBrowser visitor = new RealBrowser(server.getURI());
        record Expected(String button, String lang, String status, String validUntil, String kicker, String criteria,
                        String verifyLink, String formTitle) {
        }
        List<Expected> languages = List.of(
                new Expected("Deutsch", "de", "Aktiv", "Diese Zertifizierung ist gültig bis", "Zertifizierung der Partner Academy",
                        "So wird sie erworben", "Nachweis einer Person überprüfen", "Nachweis überprüfen"),
                new Expected("Français", "fr", "Active", "Cette certification est valable jusqu’au", "Certification Partner Academy",
                        "Comment l’obtenir", "Vérifier l’attestation d’une personne", "Vérifier une attestation"),
                new Expected("日本語", "ja", "有効", "この認定は", "Partner Academy 認定", "取得方法", "他の人の認定を確認する", "認定の確認"));

        for (Expected language : languages) {
            visitor.open("/verify/" + row.credentialId()).clickButton(language.button());

            assertThat(visitor.path()).isEqualTo("/verify/" + row.credentialId());
            assertThat(visitor.find("html").getAttribute("lang")).isEqualTo(language.lang());
            assertThat(visitor.find(".verdict-status").getText()).isEqualTo(language.status());
            assertThat(visitor.find(".verdict").getText()).contains(language.validUntil());
            assertThat(visitor.text()).contains("Mila Mehrsprachig", row.credentialId());
            visitor.open(Achievements.PATH + "/" + row.pathId());
            assertThat(visitor.find("html").getAttribute("lang")).isEqualTo(language.lang());
            assertThat(visitor.text()).contains(language.kicker(), language.criteria());
            visitor.clickLink(language.verifyLink());
            assertThat(visitor.path()).isEqualTo("/verify");
            assertThat(visitor.find("h1").getText()).isEqualTo(language.formTitle());
        }
    }

    private record PathRulesView(String pathId, String title) {
    }

    /** The certifiable path the test content imports, as its badges name it. */
    private PathRulesView basics() {
        UserSummary user = fixtures.user("Ann Achiever", Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        CertificationRow row = certifications.findByUserIdOrderByIssuedAtDesc(user.id()).get(0);
        return new PathRulesView(row.pathId(), row.pathTitle());
    }

    /** Chooses the file in the PDF form and submits it, as a person does. */
    private static void upload(RealBrowser browser, Path file) {
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.clickButton("Check the file");
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
