package io.partneracademy.quizzes;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.QuizFixture;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium without JavaScript (console errors and axe-core violations fail the test), a learner in a course
 * whose quizzes count: the course page says the check is still needed, the quiz page lets them skip it for now and
 * go on to the next module, the course stays unfinished after its last lesson, and a passing round completes it and
 * leads on to the next lesson.
 */
@MicronautTest(transactional = false)
class QuizCompletionInBrowserTest extends DatabaseTest {

    private static final String QUIZ = "/courses/intro/quizzes/first-check";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;

    @BeforeAll
    void importACourseWhoseQuizCounts() {
        contentImporter.importTree(QuizFixture.countingWithNextModule().root(), null);
    }

    @Test
    void theCheckBlocksCompletionUntilARoundPassesAndTheQuizPageLeadsOnToTheNextLesson() {
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(fixtures.user("Kim Kurs", Role.LEARNER).email(), Fixtures.PASSWORD);
        browser.scripts(false);
        try {
            browser.open("/courses/intro").clickButton("Enrol");
            assertThat(browser.find("#course-requirement").getText()).isEqualTo(
                    "To complete this course, pass each knowledge check with at least 80% in one round:\n"
                            + "First steps check Not passed yet");

            browser.click("#continue").click("#complete").click("#complete");
            assertThat(browser.path()).as("the module's last lesson leads to its check").isEqualTo(QUIZ);
            assertThat(browser.find("#quiz-counts").getText()).contains("pass it with at least 80% in one round")
                    .endsWith("Not passed yet: the course counts it once a round reaches 80%.");
            assertThat(browser.all("#onward")).as("no round finished yet").isEmpty();
            browser.clickLink("Skip for now");
            assertThat(browser.path()).isEqualTo("/courses/intro/lessons/third-lesson");

            browser.click("#complete");
            browser.open("/courses/intro");
            assertThat(browser.all("#course-complete")).as("every lesson done, the check not passed").isEmpty();
            assertThat(browser.find("progress").getAttribute("value")).isEqualTo("75");
            assertThat(browser.find("#course-requirement li").getText()).isEqualTo("First steps check Not passed yet");
            browser.open("/");
            assertThat(browser.find("#home-continue").getText()).as("every lesson done: the check is what is left")
                    .contains("Continue: First steps check", "Introduction: 3 of 3 lessons done");
            assertThat(browser.find("#home-continue progress").getAttribute("value")).isEqualTo("75");
            browser.click("#home-continue a.button");
            assertThat(browser.path()).isEqualTo(QUIZ);

            browser.open("/courses/intro").clickLink("First steps check").clickButton("Start the quiz");
            assertThat(browser.find("#skip").getAttribute("href")).endsWith("/courses/intro/lessons/third-lesson");
            browser.press("input[value=b]").clickButton("Check my answer");
            assertThat(browser.find("#verdict").getText()).isEqualTo("Not right");
            browser.clickLink("Next question");
            answerTheRestRight(browser);
            browser.clickLink("See your score");
            assertThat(browser.find("#last-score").getText()).isEqualTo("Your last round: 5 of 6 right (83%)");
            assertThat(browser.find("#quiz-counts strong").getText())
                    .isEqualTo("Passed: a round of yours reached the pass mark of 80%.");
            browser.screenshot("quiz-counts-passed");

            browser.clickLink("Continue to next lesson");
            assertThat(browser.path()).isEqualTo("/courses/intro/lessons/third-lesson");
            browser.open("/courses/intro");
            assertThat(browser.find("#course-complete").getText()).startsWith("Course complete");
            assertThat(browser.all("#course-requirement")).isEmpty();
            assertThat(browser.find("progress").getAttribute("value")).isEqualTo("100");
            assertThat(browser.open("/").find("#home-continue").getText()).contains("No course in progress.");
        } finally {
            browser.scripts(true);
        }
    }

    private static void answerTheRestRight(RealBrowser browser) {
        browser.press("input[value=a]").press("input[value=b]").clickButton("Check my answer");
        browser.clickLink("Next question");
        browser.press("input[value=false]").clickButton("Check my answer");
        browser.clickLink("Next question");
        for (String value : new String[] {"w=1", "s=2", "x=3"}) {
            new Select(browser.find("select[aria-describedby='step-" + value.charAt(0) + "']")).selectByValue(value);
        }
        browser.clickButton("Check my answer");
        browser.clickLink("Next question");
        new Select(browser.find("select[aria-labelledby='prompt-intro']")).selectByValue("intro=all");
        new Select(browser.find("select[aria-labelledby='prompt-silver']")).selectByValue("silver=silver-up");
        browser.clickButton("Check my answer");
        browser.clickLink("Next question");
        browser.type("#text-answer", "intro").clickButton("Check my answer");
        assertThat(browser.find("#verdict").getText()).isEqualTo("Right");
    }
}
