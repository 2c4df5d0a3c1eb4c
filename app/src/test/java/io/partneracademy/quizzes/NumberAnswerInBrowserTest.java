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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number question in a practice quiz, in real Chromium without JavaScript (axe-core checked): the field says how a
 * number is written, the feedback after a wrong answer gives the number with its tolerance, and a decimal comma is
 * read as Moodle reads it.
 */
@MicronautTest(transactional = false)
class NumberAnswerInBrowserTest extends DatabaseTest {

    private static final String QUIZ = "/courses/intro/quizzes/numbers-check";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;

    @BeforeAll
    void importContent() {
        contentImporter.importTree(QuizFixture.create().write("courses/intro/numbers-check.quiz.yaml", """
                title: Numbers check
                module: first
                questions:
                  - id: downtime
                    type: short-text
                    stem: How many minutes of downtime does 99.9% availability allow in a 30-day month?
                    accept:
                      - number: 43.2
                        tolerance: 0.5
                    explanation: 0.1% of 43,200 minutes is 43.2 minutes.
                  - id: hours
                    type: short-text
                    stem: How many hours a month does the example save?
                    accept:
                      - number: 440
                    explanation: 300 hours plus 140 hours.
                """).root(), null);
    }

    @Test
    void aWrongNumberGetsTheRightOneWithItsToleranceAndAnExactOneWithout() {
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(fixtures.user("Nora Numbers", Role.LEARNER).email(), Fixtures.PASSWORD);
        browser.scripts(false);
        try {
            browser.open(QUIZ);
            browser.clickButton("Start the quiz");

            assertThat(browser.find("#text-hint").getText()).isEqualTo("Answer with a number, such as 43.2 or 43,2."
                    + " Write large numbers without separators (1822).");
            browser.type("#text-answer", "44").clickButton("Check my answer");
            assertThat(browser.find("#verdict").getText()).isEqualTo("Not right");
            assertThat(browser.find(".key").getText()).isEqualTo("43.2 ± 0.5");
            browser.clickLink("Next question");
            browser.type("#text-answer", "439").clickButton("Check my answer");
            assertThat(browser.find(".key").getText()).isEqualTo("440");

            browser.open(QUIZ).clickButton("Start a new round");
            browser.type("#text-answer", "43,6").clickButton("Check my answer");
            assertThat(browser.find("#verdict").getText()).as("a decimal comma, within the tolerance").isEqualTo("Right");
        } finally {
            browser.scripts(true);
        }
    }
}
