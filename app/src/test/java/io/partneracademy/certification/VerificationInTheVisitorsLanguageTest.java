package io.partneracademy.certification;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ContentTree;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.catalog.PathSpec;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whoever checks a certification reads its name in their own language: the holder's PDF in the holder's, the PDF
 * check and the achievement page in the visitor's (the verify page: {@code VerifyPageLanguageTest}); where the path is
 * not translated into it, the title it was issued under, marked as English (ADR 0051).
 */
@MicronautTest(transactional = false)
class VerificationInTheVisitorsLanguageTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    ContentImporter contents;
    @Inject
    ExamImporter exams;
    @Inject
    PersonPreferences preferences;
    @Inject
    Certifications certifications;

    private UserSummary holder;
    private String credentialId;

    @BeforeAll
    void aHolderOfTheBasicsPathTranslatedIntoGerman() {
        ContentFixture content = ContentFixture.create()
                .replace("paths/basics.yaml", "validity-months: 12", "exam: quiz\nvalidity-months: 12");
        PathSpec basics = ContentTree.read(content.root()).paths().stream().filter(p -> p.id().equals("basics"))
                .findFirst().orElseThrow();
        content.write("paths/basics.de.yaml", "title: Grundlagenpfad\ndescription: Hier beginnen alle.\nsource: "
                + SourceFingerprint.of(basics) + "\n");
        contents.importTree(content.root(), null);
        exams.importTree(ExamFixture.create());
        holder = fixtures.user("Vera Verified", Role.LEARNER);
        learning.completeBasics(Learning.learner(holder));
        credentialId = certifications.transcript(Learning.learner(holder), holder.id()).get(0).credentialId();
    }

    @Test
    void thePdfIsInTheHoldersLanguageAndItsCheckNamesTheCertificationInTheVisitorsMarkingEnglishWhereUntranslated() throws IOException {
        preferences.save(holder.id(), "de", ZoneId.of("Europe/Berlin"));
        byte[] pdf = holderBrowser().download("/certifications/" + credentialId + "/certificate.pdf").bytes();

        Document german = checkPdf(visitor("de"), pdf);
        Document french = checkPdf(visitor("fr"), pdf);

        assertThat(text(pdf)).contains("Grundlagenpfad").doesNotContain("Basics Path");
        assertThat(german.select(".verdict p").get(1).text()).isEqualTo(
                "Ausgestellt für Vera Verified für Grundlagenpfad.");
        assertThat(german.select(".verdict [lang]")).isEmpty();
        assertThat(french.select(".verdict span[lang=en]").text()).isEqualTo("Basics Path");
    }

    @Test
    void theAchievementPageNamesThePathInTheVisitorsLanguageAndMarksTheEnglishTitleWhereItIsNotTranslated() {
        Document german = visitor("de").get("/achievements/basics").html();
        Document french = visitor("fr").get("/achievements/basics").html();

        assertThat(german.select("h1").text()).isEqualTo("Grundlagenpfad");
        assertThat(german.select("h1").hasAttr("lang")).isFalse();
        assertThat(french.select("h1").text()).isEqualTo("Basics Path");
        assertThat(french.select("h1").attr("lang")).isEqualTo("en");
        assertThat(french.select("#criteria").text()).startsWith("Réussissez l’examen « Exam quiz »");
        assertThat(french.select("#criteria span[lang=en]").text()).isEqualTo("Exam quiz");
    }

    private static Element certification(Document verify) {
        return verify.select("dl.facts dd").first();
    }

    private Browser visitor(String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        return browser;
    }

    private Browser holderBrowser() {
        Browser browser = new Browser(server.getURI());
        browser.login(holder.email(), Fixtures.PASSWORD);
        return browser;
    }

    private static Document checkPdf(Browser visitor, byte[] pdf) {
        visitor.get("/verify/pdf");
        Browser.Page page = visitor.postMultipartForm("/verify/pdf", Map.of(), "file", "certificate.pdf", pdf,
                Map.of("Origin", visitor.origin(), "Sec-Fetch-Site", "same-origin"));
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
