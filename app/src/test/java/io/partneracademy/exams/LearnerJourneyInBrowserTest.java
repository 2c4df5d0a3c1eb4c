package io.partneracademy.exams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner earns Foundation in a real Chromium with JavaScript on, clicking and typing as a person would: enrols,
 * reads every lesson, does the lab track, sits the exam (answers, flags, jumps with the navigator, reloads and
 * resumes, submits with the button), downloads the certificate and opens the verify page from the transcript.
 */
@MicronautTest(transactional = false)
class LearnerJourneyInBrowserTest extends DatabaseTest {

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
    @Inject
    io.partneracademy.support.TestClock clock;
    @Inject
    io.partneracademy.accounts.PersonPreferences preferences;

    @BeforeAll
    void importShippedContent() {
        contentImporter.importTree(ProjectDir.get().resolve("content"), null);
        examImporter.importTree(ProjectDir.get().resolve("exams"));
    }

    @Test
    void aLearnerEarnsFoundationClickingThroughThePages() throws Exception {
        UserSummary user = fixtures.user("Ναταλία Kowalczyk", Role.LEARNER);
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(user.email(), Fixtures.PASSWORD);

        browser.open("/paths/foundation").clickButton("Enrol in this path");
        browser.screenshot("path");
        assertThat(browser.text()).contains("Enrolled");
        List<String> foundationCourses = List.of("program-essentials", "value-proposition", "deal-registration");
        for (int i = 0; i < foundationCourses.size(); i++) {
            finishCourse(browser, foundationCourses.get(i));
            if (i + 1 < foundationCourses.size()) {
                browser.click("#next-course");
                assertThat(browser.path()).isEqualTo("/courses/" + foundationCourses.get(i + 1));
            }
        }
        doLabTrack(browser);
        assertThat(browser.open("/paths/foundation").text()).contains("3 of 3 courses, 4 of 4 lab tasks done",
                "Certification exam: Certified Foundation Exam");

        browser.open("/exams/foundation-exam").screenshot("exam-rules").clickButton("Start the exam");
        long attemptId = Long.parseLong(browser.find(".attempt").getAttribute("data-attempt"));
        answerEveryQuestionWithTheNavigator(browser, attemptId, "Saved");
        browser.screenshot("exam");
        browser.driver().navigate().refresh();
        browser.checked();
        assertThat(browser.all("input[name=answer]:checked")).as("answers kept after a reload").isNotEmpty();
        assertThat(browser.find("input[name=flagged]").isSelected()).as("the flag kept after a reload").isTrue();

        browser.clickLink("Review and submit");
        assertThat(browser.find("#review-summary").getText()).isEqualTo("You have answered 30 of 30 questions.");
        assertThat(browser.find("#flagged").getText()).contains("Question 2");
        browser.screenshot("exam-review");
        browser.clickButton("Submit the exam");

        assertThat(browser.path()).isEqualTo("/attempts/" + attemptId + "/result");
        assertThat(browser.text()).contains("100%");
        assertThat(browser.find("#certified-now").getText()).contains("You are now Certified Foundation", "valid until");
        assertThat(browser.all("#certified-now a[href$='certificate.pdf']")).hasSize(1);
        browser.screenshot("result");
        browser.clickLink("Next: Certified Practitioner");
        assertThat(browser.path()).isEqualTo("/paths/practitioner");
        browser.open("/exams/foundation-exam");
        assertThat(browser.find("#certified").getText()).contains("you are certified until", "renewal window opens on");
        assertThat(browser.all("button#start")).as("no Start the exam before the renewal window").isEmpty();
        browser.open("/certifications").screenshot("transcript");
        WebElement entry = browser.find("li.certification");
        assertThat(entry.getText()).contains("Certified Foundation", "Active");
        assertThat(downloadedPdfText(browser, "certificate")).contains("Ναταλία Kowalczyk");
        browser.clickLink("Verification page");
        assertThat(browser.text()).contains("Active", "Ναταλία Kowalczyk", "Certified Foundation");
        browser.screenshot("verify");
        browser.open("/").screenshot("home-learner");
    }

    @Test
    void aJapaneseLearnerEarnsFoundationInJapaneseLessonsLabExamCertificateAndVerifyPage() throws Exception {
        UserSummary user = fixtures.user("Kenji Journey", Role.LEARNER);
        preferences.save(user.id(), "ja", java.time.ZoneId.of("Asia/Tokyo"));
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(user.email(), Fixtures.PASSWORD);

        browser.open("/paths/foundation");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ja");
        assertThat(browser.find("h1").getText()).isEqualTo("Foundation 認定");
        browser.clickButton(ja("path.enrol"));
        for (String course : List.of("program-essentials", "value-proposition", "deal-registration")) {
            browser.open("/courses/" + course);
            if (!browser.all("form[action$='/enrol'] button").isEmpty()) {
                browser.click("form[action$='/enrol'] button");
            }
            browser.click("#continue");
            do {
                while (!browser.all("button#complete").isEmpty()) {
                    assertThat(browser.find("article.lesson-body").getAttribute("lang")).as(browser.path()).isEqualTo("ja");
                    assertThat(browser.all("#content-fallback, #content-outdated")).as(browser.path()).isEmpty();
                    browser.click("button#complete");
                }
            } while (browser.leaveQuizForLater());
        }
        String lab = "/labs/deal-registration-walkthrough";
        browser.open(lab);
        assertThat(browser.find("h1").getText()).isEqualTo("案件登録ウォークスルー");
        browser.clickButton(ja("labs.start"));
        for (String[] answer : List.of(new String[]{"protection-window", "30"},
                new String[]{"first-contact-deadline", "2027-03-10"}, new String[]{"registration-id", "DR-123456"})) {
            browser.open(lab + "/tasks/" + answer[0]);
            assertThat(browser.find("article.lesson-body").getAttribute("lang"))
                    .as("a Japanese task on a Japanese page carries no mark (ADR 0051)").isNullOrEmpty();
            assertThat(browser.all("#content-fallback")).isEmpty();
            browser.type("#answer", answer[1]).clickButton(ja("labs.answer.check"));
            assertThat(browser.find("#task-state").getText()).isEqualTo(ja("labs.state.DONE"));
        }
        browser.open(lab + "/tasks/follow-up-plan");
        assertThat(browser.find("h1").getText()).isEqualTo("フォローアップを計画する");
        browser.clickButton(ja("labs.attest"));

        browser.open("/paths/foundation");
        assertThat(browser.find(".missing a[href='/exams/foundation-exam']").getText()).isEqualTo("Foundation 認定試験");
        browser.click(".missing a[href='/exams/foundation-exam']");
        assertThat(browser.find("h1").getText()).isEqualTo("Foundation 認定試験");
        assertThat(browser.all("#title-fallback")).isEmpty();
        assertThat(browser.find("#exam-language option:checked").getAttribute("value")).isEqualTo("ja");
        browser.clickButton(ja("exam.start"));
        long attemptId = Long.parseLong(browser.find(".attempt").getAttribute("data-attempt"));
        assertThat(browser.find("h1.attempt-title").getText()).isEqualTo("Foundation 認定試験");
        assertThat(browser.find("main").getText()).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}]");
        answerEveryQuestionWithTheNavigator(browser, attemptId, ja("attempt.saved"));
        browser.clickLink(ja("attempt.review-and-submit"));
        browser.clickButton(ja("attempt.submit"));
        assertThat(browser.path()).isEqualTo("/attempts/" + attemptId + "/result");
        assertThat(browser.find("h1").getText()).isEqualTo("Foundation 認定試験");
        assertThat(browser.all("table th[scope=row]").stream().map(WebElement::getText).toList())
                .containsExactly("パートナープログラム", "バリュープロポジションとポジショニング", "案件登録");
        assertThat(browser.all("#certified-now a[href$='certificate.pdf']")).hasSize(1);
        assertThat(browser.find("#certified-now h2").getText()).isEqualTo("Foundation 認定 に認定されました");

        browser.open("/certifications");
        String certificate = downloadedPdfText(browser, "certificate-ja");
        assertThat(certificate).contains("Kenji Journey", "Foundation 認定証", "次の方が",
                "Foundation 認定を取得したことを証明します", "Foundation 認定", "発行日", "有効期限");
        browser.clickLink(ja("transcript.verify"));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ja");
        assertThat(browser.text()).contains("Kenji Journey", ja("verify.status.active"));
    }

    /** A text of the Japanese message bundle, as the pages show it. */
    private static String ja(String key) {
        String pattern = java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.JAPANESE).getString(key);
        return new java.text.MessageFormat(pattern, java.util.Locale.JAPANESE).format(new Object[0]);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"de, Deutsch", "fr, Français"})
    void aGermanAndAFrenchLearnerTakeTheFoundationExamInTheirLanguage(String language, String switcher) {
        UserSummary user = fixtures.user("Exam " + switcher, Role.LEARNER);
        RealBrowser browser = new RealBrowser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
        browser.clickButton(switcher);
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);

        ExamSpec.TitleTranslation titles = io.partneracademy.authoring.ExamTree
                .read(ProjectDir.get().resolve("exams"), null).exams().stream()
                .filter(e -> e.id().equals("foundation-exam")).findFirst().orElseThrow().titles().stream()
                .filter(t -> t.language().equals(language)).findFirst().orElseThrow();
        browser.open("/exams");
        assertThat(browser.find("a.title[href='/exams/foundation-exam']").getText()).isEqualTo(titles.title());
        browser.open("/exams/foundation-exam");
        assertThat(browser.find("h1").getText()).isEqualTo(titles.title());
        assertThat(browser.find("#exam-language option:checked").getAttribute("value")).isEqualTo(language);
        browser.clickButton(msg(locale, "exam.start"));
        long attemptId = Long.parseLong(browser.find(".attempt").getAttribute("data-attempt"));
        java.util.Map<String, ExamSpec.QuestionTranslation> translated = io.partneracademy.authoring.ExamTree
                .read(ProjectDir.get().resolve("exams"), null).exams().stream()
                .filter(e -> e.id().equals("foundation-exam")).findFirst().orElseThrow().translations().stream()
                .filter(t -> t.language().equals(language))
                .collect(java.util.stream.Collectors.toMap(ExamSpec.QuestionTranslation::questionId, t -> t));
        AttemptQuestionRow first = attempts.findQuestions(attemptId).get(0);
        assertThat(browser.find(".stem").getText().replaceAll("\\s+", " "))
                .isEqualTo(translated.get(first.questionId()).stem().replace("**", "").replaceAll("\\s+", " "));
        answerEveryQuestionWithTheNavigator(browser, attemptId, msg(locale, "attempt.saved"));
        browser.clickLink(msg(locale, "attempt.review-and-submit"));
        browser.clickButton(msg(locale, "attempt.submit"));

        assertThat(browser.path()).isEqualTo("/attempts/" + attemptId + "/result");
        assertThat(browser.find(".score").getText()).isEqualTo("100%");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language);
        assertThat(browser.find("h1").getText()).isEqualTo(titles.title());
        assertThat(browser.all("table th[scope=row]").stream().map(WebElement::getText).toList())
                .containsExactly(titles.sections().get("program"), titles.sections().get("value"),
                        titles.sections().get("registration"));
    }

    private static String msg(java.util.Locale locale, String key) {
        String pattern = java.util.ResourceBundle.getBundle("i18n.messages", locale).getString(key);
        return new java.text.MessageFormat(pattern, locale).format(new Object[0]);
    }

    @Test
    void theExamWorksWithJavaScriptOff() {
        UserSummary user = fixtures.user("Noah Noscript", Role.LEARNER);
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(user.email(), Fixtures.PASSWORD);
        browser.scripts(false);
        try {
            browser.open("/exams/foundation-exam").clickButton("Start the exam");
            long attemptId = Long.parseLong(browser.find(".attempt").getAttribute("data-attempt"));
            AttemptRow attempt = attempts.findById(attemptId).orElseThrow();
            ExamVersions.Loaded exam = versions.get(attempt.examId(), attempt.examVersion());
            for (AttemptQuestionRow q : attempts.findQuestions(attemptId)) {
                Set<String> correct = exam.questions().get(q.questionId()).correct();
                for (WebElement option : browser.all("input[name=answer]")) {
                    if (correct.contains(option.getAttribute("value"))) {
                        option.click();
                    }
                }
                if (q.position() == 3) {
                    browser.press("input[name=flagged]");
                }
                browser.clickButton(q.position() + 1 < 30 ? "Next" : "Save");
            }
            assertThat(browser.find("#save-status").getText()).isEmpty();
            browser.clickLink("Review and submit");
            assertThat(browser.find("#review-summary").getText()).isEqualTo("You have answered 30 of 30 questions.");
            assertThat(browser.find("#flagged").getText()).contains("Question 4");
            browser.clickButton("Submit the exam");

            assertThat(browser.path()).isEqualTo("/attempts/" + attemptId + "/result");
            assertThat(browser.text()).contains("100%", "Passed");
        } finally {
            browser.scripts(true);
        }
    }

    @Test
    void aSaveThatFailsSaysSoAndIsRetriedUntilTheServerHasIt() {
        UserSummary user = fixtures.user("Tunnel Traveller", Role.LEARNER);
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(user.email(), Fixtures.PASSWORD);
        browser.open("/exams/foundation-exam").clickButton("Start the exam");
        long attemptId = Long.parseLong(browser.find(".attempt").getAttribute("data-attempt"));

        browser.online(false);
        try {
            browser.find("input[name=answer]").click();
            browser.waitQuietly(d -> browser.find("#save-status").getText().startsWith("Not saved — retrying") ? true : null);
            assertThat(attempts.findQuestions(attemptId).get(0).answer()).isNull();
        } finally {
            browser.online(true);
            browser.drainConsole();
        }

        browser.waitQuietly(d -> browser.find("#save-status").getText().equals("Saved") ? true : null);
        browser.drainConsole();
        assertThat(attempts.findQuestions(attemptId).get(0).answer()).isNotNull();
    }

    @Test
    void theLastFiveMinutesAndTheLastMinuteAreAnnounced() {
        UserSummary user = fixtures.user("Tim Tight", Role.LEARNER);
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(user.email(), Fixtures.PASSWORD);
        browser.open("/exams/foundation-exam").clickButton("Start the exam");
        long attemptId = Long.parseLong(browser.find(".attempt").getAttribute("data-attempt"));
        AttemptRow attempt = attempts.findById(attemptId).orElseThrow();
        java.time.Duration toFiveMinutesLeft = java.time.Duration.between(clock.instant(), attempt.deadline())
                .minusMinutes(5).plusSeconds(10);

        clock.advance(toFiveMinutesLeft);
        browser.driver().navigate().refresh();
        browser.checked();
        WebElement warning = browser.find("#time-warning");
        assertThat(warning.isDisplayed()).isTrue();
        assertThat(warning.getAttribute("role")).isEqualTo("alert");
        assertThat(warning.getText()).startsWith("5 minutes left");

        clock.advance(java.time.Duration.ofMinutes(4));
        browser.driver().navigate().refresh();
        browser.checked();
        assertThat(browser.find("#time-warning").getText()).isEqualTo("1 minute left.");
    }

    private static void finishCourse(RealBrowser browser, String course) {
        browser.open("/courses/" + course);
        if (!browser.all("form[action$='/enrol'] button").isEmpty()) {
            browser.clickButton("Enrol");
        }
        browser.click("#continue");
        assertThat(browser.find("#lesson-place").getText()).matches("Lesson 1 of \\d+");
        if (course.equals("value-proposition")) {
            browser.screenshot("lesson");
        }
        do {
            while (!browser.all("button#complete").isEmpty()) {
                browser.clickButton("Mark complete and continue");
            }
        } while (browser.leaveQuizForLater());
        browser.open("/courses/" + course);
        assertThat(browser.text()).as("course %s after its last lesson", course).doesNotContain("Start the course");
        assertThat(browser.find("#course-complete").getText()).startsWith("Course complete");
        assertThat(browser.all("a[href='/paths/foundation']")).as("a way back to the path").isNotEmpty();
    }

    private static void doLabTrack(RealBrowser browser) {
        String lab = "/labs/deal-registration-walkthrough";
        browser.open(lab).clickButton("Start this track");
        for (String[] answer : List.of(new String[]{"protection-window", "30"},
                new String[]{"first-contact-deadline", "2027-03-10"}, new String[]{"registration-id", "DR-123456"})) {
            browser.open(lab + "/tasks/" + answer[0]).type("#answer", answer[1]).clickButton("Check my answer");
            assertThat(browser.find("#task-state").getText()).isEqualTo("Done");
        }
        browser.open(lab + "/tasks/follow-up-plan").clickButton("I have done this");
        assertThat(browser.open("/paths/foundation").text()).doesNotContain("Lab track:");
    }

    /** Answers in the order of the navigator, flags the second question and waits for each save to be confirmed. */
    private void answerEveryQuestionWithTheNavigator(RealBrowser browser, long attemptId, String saved) {
        AttemptRow attempt = attempts.findById(attemptId).orElseThrow();
        ExamVersions.Loaded exam = versions.get(attempt.examId(), attempt.examVersion());
        List<AttemptQuestionRow> questions = attempts.findQuestions(attemptId);
        for (AttemptQuestionRow q : questions) {
            browser.click(".navigator a:nth-of-type(" + (q.position() + 1) + ")");
            Set<String> correct = exam.questions().get(q.questionId()).correct();
            for (WebElement option : browser.all("input[name=answer]")) {
                if (correct.contains(option.getAttribute("value")) != option.isSelected()) {
                    option.click();
                    browser.waitFor(d -> browser.find("#save-status").getText().equals(saved) ? true : null);
                }
            }
            if (q.position() == 1) {
                browser.press("input[name=flagged]");
                browser.waitFor(d -> browser.find("#save-status").getText().equals(saved) ? true : null);
            }
        }
        browser.click(".navigator a:nth-of-type(2)");
    }

    /** The text of the certificate the transcript's link downloads; its first page is kept as a screenshot. */
    private static String downloadedPdfText(RealBrowser browser, String screenshot) throws Exception {
        Path pdf = browser.download("li.certification a[href$='certificate.pdf']", ".pdf");
        RealBrowser.screenshotPdf(screenshot, Files.readAllBytes(pdf));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
