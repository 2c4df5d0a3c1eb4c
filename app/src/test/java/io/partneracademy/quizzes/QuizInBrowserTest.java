package io.partneracademy.quizzes;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.QuizFixture;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner takes a course's knowledge check in real Chromium (console errors and axe-core violations fail the
 * test): without JavaScript, from the course page, with a refused empty answer, feedback after each question, a
 * score, and a second round; with JavaScript, reached by finishing the module's last lesson, with the ordering
 * question's step moves. Rounds never become exam attempts.
 */
@MicronautTest(transactional = false)
class QuizInBrowserTest extends DatabaseTest {

    private static final String QUIZ = "/courses/intro/quizzes/first-check";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    DataSource dataSource;

    @BeforeAll
    void importContent() {
        contentImporter.importTree(QuizFixture.create().root(), null);
    }

    @Test
    void aLearnerTakesTheCheckWithoutJavaScriptGetsFeedbackAfterEachQuestionAndTakesItAgain() throws Exception {
        UserSummary user = fixtures.user("Nico Noscript", Role.LEARNER);
        RealBrowser browser = signedIn(user);
        browser.scripts(false);
        try {
            browser.open("/courses/intro");
            assertThat(browser.find("li.activity").getText())
                    .isEqualTo("Knowledge check: First steps check 6 practice questions");
            browser.clickLink("Knowledge check: First steps check");
            assertThat(browser.path()).isEqualTo(QUIZ);
            browser.clickButton("Start the quiz");
            assertThat(browser.path()).isEqualTo(QUIZ + "/questions/1");

            browser.clickButtonRefused("Check my answer", 422);
            assertThat(browser.find("#answer-refused").getText())
                    .isEqualTo("Choose or type an answer first; nothing was saved.");

            browser.press("input[value=b]").clickButton("Check my answer");
            assertThat(browser.path()).isEqualTo(QUIZ + "/questions/1");
            assertThat(browser.find("#verdict").getText()).isEqualTo("Not right");
            assertThat(browser.find(".key").getText()).isEqualTo("The introduction");
            assertThat(browser.find(".explanation").getText()).isEqualTo("Everyone starts with the introduction.");
            assertThat(browser.all("#check")).as("an answered question cannot be answered again").isEmpty();
            browser.clickLink("Next question");

            answerTheRestRight(browser);
            browser.screenshot("quiz-feedback");
            assertThat(browser.find("#skip").getAttribute("href"))
                    .as("the check follows the last module: skipping goes back to the course").endsWith("/courses/intro");
            browser.clickLink("See your score");
            assertThat(browser.find("#last-score").getText()).isEqualTo("Your last round: 5 of 6 right (83%)");
            assertThat(browser.find("#onward").getText()).isEqualTo("Back to the course");
            assertThat(browser.find(".quiz").getText()).as("practice only: the course has no pass mark")
                    .doesNotContain("pass mark").contains("Practice only");

            browser.clickButton("Start a new round");
            browser.press("input[value=a]").clickButton("Check my answer");
            assertThat(browser.find("#verdict").getText()).isEqualTo("Right");
            browser.clickLink("Next question");
            answerTheRestRight(browser);
            browser.clickLink("See your score");
            assertThat(browser.find("#last-score").getText()).isEqualTo("Your last round: 6 of 6 right (100%)");
            browser.clickLink("Back to Introduction");
            assertThat(browser.find("li.activity").getText())
                    .isEqualTo("Knowledge check: First steps check Last round: 6 of 6 right");
        } finally {
            browser.scripts(true);
        }
        assertThat(count("SELECT COUNT(*) FROM exam_attempt WHERE user_id = ?", user.id()))
                .as("a quiz round is never an exam attempt").isZero();
        assertThat(count("SELECT COUNT(*) FROM quiz_round WHERE user_id = ? AND finished_at IS NOT NULL", user.id()))
                .isEqualTo(2);
    }

    @Test
    void finishingTheModulesLastLessonLeadsToItsCheckAndAPartlyRightAnswerGetsPartialCredit() {
        RealBrowser browser = signedIn(fixtures.user("Jo Script", Role.LEARNER));

        browser.open("/courses/intro/lessons/welcome").click("#complete");
        assertThat(browser.path()).isEqualTo("/courses/intro/lessons/second-lesson");
        browser.click("#complete");

        assertThat(browser.path()).isEqualTo(QUIZ);
        browser.clickButton("Start the quiz");
        browser.open(QUIZ + "/questions/2");
        browser.press("input[value=a]").clickButton("Check my answer");
        assertThat(browser.find("#verdict").getText()).isEqualTo("Partly right (50%)");
        assertThat(browser.find(".key").getText()).isEqualTo("Welcome\nSecond lesson");

        // The ordering question with JavaScript: the exam's step moves (one script for both pages).
        browser.open(QUIZ + "/questions/4");
        for (String value : new String[] {"x=1", "s=1", "w=1"}) {
            new Select(browser.find("select[aria-describedby='step-" + value.charAt(0) + "']")).selectByValue(value);
        }
        assertThat(steps(browser)).as("a chosen position moves the step").containsExactly("w", "s", "x");
        browser.press("li.step[data-step='w'] .move-down");
        assertThat(steps(browser)).containsExactly("s", "w", "x");
        browser.press("li.step[data-step='w'] .move-up");
        browser.clickButton("Check my answer");
        assertThat(browser.find("#verdict").getText()).isEqualTo("Right");
        assertThat(browser.all(".move-up")).as("the answered question's moves are off").allMatch(b -> !b.isEnabled());
    }

    private static java.util.List<String> steps(RealBrowser browser) {
        return browser.all("li.step").stream().map(li -> li.getAttribute("data-step")).toList();
    }

    private static void answerTheRestRight(RealBrowser browser) {
        browser.press("input[value=a]").press("input[value=b]").clickButton("Check my answer");
        assertThat(browser.find("#verdict").getText()).isEqualTo("Right");
        browser.clickLink("Next question");
        browser.press("input[value=false]").clickButton("Check my answer");
        assertThat(browser.find("#verdict").getText()).isEqualTo("Right");
        browser.clickLink("Next question");
        assertThat(browser.all(".step .step-text")).extracting(e -> e.getText())
                .as("steps are never shown in the right order").isNotEqualTo(java.util.List.of("Welcome",
                        "Second lesson", "Silver secrets"));
        for (String value : new String[] {"w=1", "s=2", "x=3"}) {
            new Select(browser.find("select[aria-describedby='step-" + value.charAt(0) + "']")).selectByValue(value);
        }
        browser.clickButton("Check my answer");
        assertThat(browser.find("#verdict").getText()).isEqualTo("Right");
        browser.clickLink("Next question");
        new Select(browser.find("select[aria-labelledby='prompt-intro']")).selectByValue("intro=all");
        new Select(browser.find("select[aria-labelledby='prompt-silver']")).selectByValue("silver=silver-up");
        browser.clickButton("Check my answer");
        assertThat(browser.find("#verdict").getText()).isEqualTo("Right");
        browser.clickLink("Next question");
        browser.type("#text-answer", "  Intro ").clickButton("Check my answer");
        assertThat(browser.find("#verdict").getText()).isEqualTo("Right");
        assertThat(browser.all("#next")).as("the last question has no next one").isEmpty();
    }

    private RealBrowser signedIn(UserSummary user) {
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    private long count(String sql, long userId) throws Exception {
        try (var connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
                .unwrapDataSource(dataSource).getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, userId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
