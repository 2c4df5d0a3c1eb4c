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
 * number is written, and the feedback after a wrong answer gives the number with its tolerance.
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

            assertThat(browser.find("#text-hint").getText()).isEqualTo("Answer with a number, with a decimal point"
                    + " (43.2): a comma is read as a thousands separator.");
            browser.type("#text-answer", "44").clickButton("Check my answer");
            assertThat(browser.find("#verdict").getText()).isEqualTo("Not right");
            assertThat(browser.find(".key").getText()).isEqualTo("43.2 ± 0.5");
            browser.clickLink("Next question");
            browser.type("#text-answer", "439").clickButton("Check my answer");
            assertThat(browser.find(".key").getText()).isEqualTo("440");
        } finally {
            browser.scripts(true);
        }
    }
}
