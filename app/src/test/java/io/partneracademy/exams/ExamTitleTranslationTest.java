package io.partneracademy.exams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.authoring.ExamTree;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exam titles and section titles in the learner's language (exams/&lt;id&gt;/exam.&lt;lang&gt;.yaml): the exam list and
 * start page, the path's "still missing" list, every page of an attempt in the attempt's language, the result's
 * sections and the item statistics; the English source, marked with its language and a note, where an exam has no
 * translation into the reader's language.
 */
@MicronautTest(transactional = false)
class ExamTitleTranslationTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    ExamRepository exams;
    @Inject
    ExamVersions versions;
    @Inject
    ExamPublisher publisher;

    @BeforeAll
    void importShippedContent() {
        contentImporter.importTree(ProjectDir.get().resolve("content"), null);
        examImporter.importTree(ProjectDir.get().resolve("exams"));
    }

    @Test
    void aGermanLearnerSeesTheExamTitleInGermanFromThePathToTheResult() {
        Browser learner = learner("Titel Lernende", "de");

        Element missing = learner.get("/paths/foundation").html().selectFirst(".missing a[href=/exams/foundation-exam]");
        assertThat(missing.text()).isEqualTo("Zertifizierungsprüfung Foundation");
        assertThat(missing.hasAttr("lang")).as("German on a German page carries no mark (ADR 0051)").isFalse();
        Element card = learner.get("/exams").html().selectFirst("a.title[href=/exams/foundation-exam]");
        assertThat(card.text()).isEqualTo("Zertifizierungsprüfung Foundation");
        Document start = learner.get("/exams/foundation-exam").html();
        assertThat(start.selectFirst("h1").text()).isEqualTo("Zertifizierungsprüfung Foundation");
        assertThat(start.selectFirst("h1").attr("lang")).isEqualTo("de");
        assertThat(start.title()).startsWith("Zertifizierungsprüfung Foundation · ");
        assertThat(start.select("#title-fallback")).isEmpty();

        String attempt = learner.post("/exams/foundation-exam/attempts", Map.of("language", "de")).location();
        assertThat(learner.get(attempt).html().selectFirst("h1.attempt-title").text())
                .isEqualTo("Zertifizierungsprüfung Foundation");
        assertThat(learner.get(attempt + "/review").html().selectFirst("p.lead").text())
                .isEqualTo("Zertifizierungsprüfung Foundation");
        learner.post(attempt + "/submit", Map.of());
        Document result = learner.get(attempt + "/result").html();

        assertThat(result.selectFirst("h1").text()).isEqualTo("Zertifizierungsprüfung Foundation");
        assertThat(result.select("table th[scope=row]").eachText())
                .containsExactly("Das Partnerprogramm", "Nutzenversprechen und Positionierung", "Deal-Registrierung");
        assertThat(result.select("table th[scope=row]").eachAttr("lang")).containsOnly("de");
    }

    @Test
    void anAttemptKeepsTheLanguageItWasStartedInForTitleAndSections() {
        Browser learner = learner("Title English attempt", "de");

        learner.get("/exams/foundation-exam");
        String attempt = learner.post("/exams/foundation-exam/attempts", Map.of("language", "en")).location();
        assertThat(learner.get(attempt).html().selectFirst("h1.attempt-title").text())
                .isEqualTo("Certified Foundation Exam");
        learner.post(attempt + "/submit", Map.of());
        Document result = learner.get(attempt + "/result").html();

        assertThat(result.selectFirst("h1").text()).isEqualTo("Certified Foundation Exam");
        assertThat(result.selectFirst("h1").attr("lang")).isEqualTo("en");
        assertThat(result.select("table th[scope=row]").eachText())
                .containsExactly("The partner program", "Value proposition and positioning", "Deal registration");
    }

    @Test
    void aGermanLearnerSeesQuestionsOfAnEnglishAttemptMarkedEnglishAndOfAGermanOneUnmarked() {
        Browser learner = learner("Fragen Lernende", "de");
        Browser other = learner("Fragen Lernender", "de");
        learner.get("/exams/foundation-exam");
        other.get("/exams/foundation-exam");

        String english = learner.post("/exams/foundation-exam/attempts", Map.of("language", "en")).location();
        Document inEnglish = learner.get(english).html();
        String german = other.post("/exams/foundation-exam/attempts", Map.of("language", "de")).location();
        Document inGerman = other.get(german).html();

        assertThat(inEnglish.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(inEnglish.selectFirst(".stem").attr("lang")).isEqualTo("en");
        assertThat(inEnglish.select("label.option span").eachAttr("lang")).isNotEmpty().containsOnly("en");
        assertThat(inEnglish.selectFirst("legend").hasAttr("lang")).as("the interface stays German").isFalse();
        assertThat(inGerman.selectFirst(".stem").hasAttr("lang")).isFalse();
        assertThat(inGerman.select("label.option span[lang]")).isEmpty();
    }

    @Test
    void anExamWithoutATranslationIntoTheReadersLanguageShowsTheSourceMarkedAsSuch() {
        Browser learner = learner("Title Japanese reader", "ja");

        Document foundation = learner.get("/exams/foundation-exam").html();
        Document healthcare = learner.get("/exams/healthcare-exam").html();

        assertThat(foundation.selectFirst("h1").text()).isEqualTo("Foundation 認定試験");
        assertThat(foundation.select("#title-fallback")).isEmpty();
        assertThat(healthcare.selectFirst("h1").text()).isEqualTo("Healthcare Specialization Exam");
        assertThat(healthcare.selectFirst("h1").attr("lang")).isEqualTo("en");
        assertThat(healthcare.selectFirst("#title-fallback").text())
                .isEqualTo("この試験のタイトルはまだ日本語に翻訳されていないため、原文（英語）で表示しています。");
        Element listed = learner.get("/exams").html().selectFirst("a.title[href=/exams/healthcare-exam]");
        assertThat(listed.attr("lang")).isEqualTo("en");
    }

    @Test
    void anEnglishReaderSeesTheSourceWithoutAFallbackNote() {
        Browser learner = learner("Title English reader", "en");

        Document page = learner.get("/exams/foundation-exam").html();

        assertThat(page.selectFirst("h1").text()).isEqualTo("Certified Foundation Exam");
        assertThat(page.select("#title-fallback")).isEmpty();
        assertThat(learner.get("/paths/foundation").html().selectFirst(".missing a[href=/exams/foundation-exam]")
                .hasAttr("lang")).as("English on an English page carries no mark (ADR 0051)").isFalse();
    }

    @Test
    void theAchievementPageNamesThePathAndItsExamInTheVisitorsLanguage() {
        Browser visitor = new Browser(server.getURI());
        visitor.setCookie("pa_lang", "de");

        Document page = visitor.get("/achievements/foundation").html();

        assertThat(page.selectFirst("h1").text()).isEqualTo("Foundation-Zertifizierung");
        assertThat(page.selectFirst("#description").text())
                .isEqualTo("Die Zertifizierung der Stufe Foundation im Programm der Partner Academy.");
        assertThat(page.selectFirst("#criteria").text()).startsWith("Bestehen Sie die Prüfung „Zertifizierungsprüfung"
                + " Foundation“ und");
    }

    @Test
    void itemStatisticsNameTheExamInTheAuthorsLanguage() {
        UserSummary author = fixtures.user("Titel Autorin", Role.AUTHOR);
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", "fr");
        browser.login(author.email(), Fixtures.PASSWORD);

        Document list = browser.get("/itemstats").html();
        Document page = browser.get("/itemstats/architect-exam").html();

        assertThat(list.selectFirst("a.title[href=/itemstats/architect-exam]").text())
                .isEqualTo("Examen de certification Architect");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Examen de certification Architect");
        assertThat(page.selectFirst("h1").attr("lang")).isEqualTo("fr");
    }

    @Test
    void theStoredTranslationsAreTheFilesAndCurrentForTheVersionInForce() {
        ExamVersions.Loaded loaded = versions.get("practitioner-exam",
                exams.findById("practitioner-exam").orElseThrow().currentVersion());

        assertThat(loaded.titles().keySet()).containsExactlyInAnyOrder("de", "fr");
        for (String exam : List.of("foundation-exam", "practitioner-exam", "architect-exam", "healthcare-exam")) {
            ExamVersions.Loaded current = versions.get(exam, exams.findById(exam).orElseThrow().currentVersion());
            assertThat(current.titles().keySet()).as(exam).contains("de", "fr");
            current.titles().keySet().forEach(language ->
                    assertThat(current.title(language).content().outdated()).as(exam + " " + language).isFalse());
        }
        ExamTitle french = loaded.title("fr");
        assertThat(french.text()).isEqualTo("Examen de certification Practitioner");
        assertThat(french.content().outdated()).isFalse();
        assertThat(loaded.title("fr-CA").text()).isEqualTo("Examen de certification Practitioner");
        assertThat(loaded.blueprint().stream().map(s -> loaded.section(s, "de").text()).toList())
                .isEqualTo(List.of("Bedarfsanalyse und Qualifizierung", "Durchführung von Demos",
                        "Einwände und Wettbewerb"));
    }

    @Test
    void aTitleTranslationIsOutdatedOnceTheSourceTitleChangesAndLearnersStillGetIt() {
        ExamSpec shipped = ExamTree.read(ProjectDir.get().resolve("exams"), null).exams().stream()
                .filter(e -> e.id().equals("practitioner-exam")).findFirst().orElseThrow();
        ExamSpec renamed = new ExamSpec("renamed-practitioner-exam", shipped.pathId(), "Certified Practitioner Exam 2027",
                shipped.timeLimitMinutes(), shipped.passMarkPercent(), shipped.mode(), shipped.navigation(),
                shipped.scoring(), shipped.retake(), shipped.opens(), shipped.closes(), shipped.blueprint(),
                shipped.questions(), shipped.translations(), shipped.titles());

        int version = publisher.publish(renamed);
        ExamVersions.Loaded loaded = versions.get("renamed-practitioner-exam", version);

        assertThat(loaded.rules().title()).isEqualTo("Certified Practitioner Exam 2027");
        assertThat(loaded.title("de").text()).isEqualTo("Zertifizierungsprüfung Practitioner");
        assertThat(loaded.title("de").content().outdated()).isTrue();
        assertThat(loaded.title("en").content().outdated()).isFalse();
        assertThat(loaded.title("en").text()).isEqualTo("Certified Practitioner Exam 2027");
    }

    private Browser learner(String name, String language) {
        UserSummary user = fixtures.user(name, Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }
}
