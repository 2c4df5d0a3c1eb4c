package io.partneracademy.exams;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when", on the shipped catalog and exams, through the web pages: a learner completes
 * Foundation's courses and lab track and passes its exam, downloads the certificate, and its QR code opens a verify page
 * saying "Active". (The test reads the correct options server-side; the browser never sees them.)
 */
@MicronautTest(transactional = false)
class FoundationCertificationJourneyTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    AttemptRepository attempts;
    @Inject
    ExamVersions versions;
    @Value("${partneracademy.public-base-url}")
    String baseUrl;

    @BeforeAll
    void importShippedContent() {
        contentImporter.importTree(ProjectDir.get().resolve("content"), null);
        examImporter.importTree(ProjectDir.get().resolve("exams"));
    }

    @Test
    void aLearnerEarnsFoundationAndTheQrCodeSaysActive() throws Exception {
        UserSummary user = fixtures.user("Ναταλία Kowalczyk", Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);

        for (String course : List.of("program-essentials", "value-proposition", "deal-registration")) {
            for (String lesson : lessons(browser, course)) {
                browser.get("/courses/" + course + "/lessons/" + lesson);
                assertThat(browser.post("/courses/" + course + "/lessons/" + lesson + "/complete", Map.of()).status())
                        .isEqualTo(303);
            }
        }
        String lab = "/labs/deal-registration-walkthrough";
        browser.get(lab);
        assertThat(browser.post(lab + "/start", Map.of()).status()).isEqualTo(303);
        for (Map.Entry<String, String> answer : List.of(Map.entry("protection-window", "30"),
                Map.entry("first-contact-deadline", "2027-03-10"), Map.entry("registration-id", "DR-123456"))) {
            browser.get(lab + "/tasks/" + answer.getKey());
            browser.post(lab + "/tasks/" + answer.getKey() + "/answer", Map.of("answer", answer.getValue()));
        }
        browser.get(lab + "/tasks/follow-up-plan");
        browser.post(lab + "/tasks/follow-up-plan/attest", Map.of());
        assertThat(browser.get("/paths/foundation").text()).doesNotContain("Lab track:");
        assertThat(browser.get("/certifications").text()).contains("No certifications yet");

        browser.get("/exams/foundation-exam");
        String attemptPath = browser.post("/exams/foundation-exam/attempts", Map.of()).location();
        long attemptId = Long.parseLong(attemptPath.substring(attemptPath.lastIndexOf('/') + 1));
        AttemptRow attempt = attempts.findById(attemptId).orElseThrow();
        ExamVersions.Loaded exam = versions.get(attempt.examId(), attempt.examVersion());
        browser.get(attemptPath);
        for (AttemptQuestionRow q : attempts.findQuestions(attemptId)) {
            String answer = exam.questions().get(q.questionId()).correctIds();
            assertThat(browser.postAjax(attemptPath + "/answers",
                    Map.of("position", String.valueOf(q.position()), "answer", answer)).status()).isEqualTo(204);
        }
        browser.post(attemptPath + "/submit", Map.of());

        Element entry = browser.get("/certifications").html().selectFirst("li.certification");
        assertThat(entry).isNotNull();
        assertThat(entry.text()).contains("Certified Foundation", "Active");
        String pdfLink = entry.selectFirst("a[href$=certificate.pdf]").attr("href");
        byte[] pdf = browser.download(pdfLink).bytes();
        String qr;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            qr = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                    new PDFRenderer(doc).renderImageWithDPI(0, 150))))).getText();
        }
        assertThat(qr).startsWith(baseUrl + "/verify/");
        String verify = new Browser(server.getURI()).get(qr.substring(baseUrl.length())).text();
        assertThat(verify).contains("Active", "Ναταλία Kowalczyk", "Certified Foundation");
        assertThat(browser.get("/paths/foundation").text()).contains("Certified until");
    }

    private static Set<String> lessons(Browser browser, String course) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element link : browser.get("/courses/" + course).html().select("a[href^=/courses/" + course + "/lessons/]")) {
            String href = link.attr("href");
            ids.add(href.substring(href.lastIndexOf('/') + 1));
        }
        assertThat(ids).isNotEmpty();
        return ids;
    }
}
