package io.partneracademy.exams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ItemTypesFixture;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner sits an exam with an ordering, a matching, a short-text question and a two-question case study in real
 * Chromium (console errors and axe-core violations fail the test): once with JavaScript (move buttons, select
 * boxes, typing; every answer autosaved), once without (plain select boxes and text field posted with Next); both
 * reload mid-way and find every answer where they left it, and both score 100%.
 */
@MicronautTest(transactional = false)
class ItemTypesInBrowserTest extends DatabaseTest {

    private static final Map<String, String> RIGHT = Map.of("o1", "a,b,c,d", "m1", "p1=t1,p2=t2,p3=t3",
            "s1", "kubectl rollout undo", "c1", "r", "c2", "ACME-42");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    AttemptRepository rows;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;

    @BeforeAll
    void importExams() {
        contentImporter.importTree(ContentFixture.create().root(), null);
        examImporter.importTree(ItemTypesFixture.create("partial"));
    }

    @Test
    void everyNewTypeIsAnsweredWithScriptsAutosavedAndResumedAfterAReload() {
        RealBrowser browser = signedIn("Jo Script");
        long attemptId = start(browser);
        List<AttemptQuestionRow> paper = rows.findQuestions(attemptId);

        for (AttemptQuestionRow q : paper) {
            browser.open(question(attemptId, q.position()));
            answerWithScripts(browser, q.questionId());
            browser.waitFor(d -> RIGHT.get(q.questionId()).equals(answer(attemptId, q.position())) ? true : null);
        }
        for (AttemptQuestionRow q : paper) {
            browser.open(question(attemptId, q.position()));
            browser.driver().navigate().refresh();
            browser.checked();
            assertShowsRightAnswer(browser, q.questionId());
        }
        browser.screenshot("exam-ordering");
        browser.clickLink("Review and submit");
        assertThat(browser.find("#review-summary").getText()).isEqualTo("You have answered 5 of 5 questions.");
        browser.clickButton("Submit the exam");

        assertThat(browser.path()).isEqualTo("/attempts/" + attemptId + "/result");
        assertThat(browser.text()).contains("100%", "Passed");
    }

    @Test
    void everyNewTypeWorksWithJavaScriptOff() {
        RealBrowser browser = signedIn("Nico Noscript");
        browser.scripts(false);
        try {
            long attemptId = start(browser);
            List<AttemptQuestionRow> paper = rows.findQuestions(attemptId);
            for (AttemptQuestionRow q : paper) {
                assertThat(browser.path()).isEqualTo("/attempts/" + attemptId
                        + (q.position() == 0 ? "" : "?q=" + q.position()));
                answerWithoutScripts(browser, q.questionId());
                browser.clickButton(q.position() + 1 < paper.size() ? "Next" : "Save");
                assertThat(answer(attemptId, q.position())).isEqualTo(RIGHT.get(q.questionId()));
            }
            for (AttemptQuestionRow q : paper) {
                browser.open(question(attemptId, q.position()));
                assertShowsRightAnswer(browser, q.questionId());
            }
            assertThat(browser.all(".step-moves")).as("no move buttons without JavaScript").isEmpty();
            browser.clickLink("Review and submit");
            browser.clickButton("Submit the exam");

            assertThat(browser.text()).contains("100%", "Passed");
        } finally {
            browser.scripts(true);
        }
    }

    @Test
    void onAPhoneEveryQuestionFitsTheScreenEvenWithATableInTheCase() {
        RealBrowser browser = signedIn("Pat Phone");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            long attemptId = start(browser);
            for (AttemptQuestionRow q : rows.findQuestions(attemptId)) {
                browser.open(question(attemptId, q.position()));
                Number width = (Number) browser.script("return document.documentElement.scrollWidth");
                Number viewport = (Number) browser.script("return window.innerWidth");
                assertThat(width.intValue()).as("page width of question %s on a phone", q.questionId())
                        .isLessThanOrEqualTo(viewport.intValue());
                if (q.questionId().startsWith("c")) {
                    Number table = (Number) browser.script("return document.querySelector('#scenario table').scrollWidth");
                    assertThat(table.intValue()).as("the case's table keeps its columns and scrolls sideways")
                            .isGreaterThan(viewport.intValue());
                }
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private RealBrowser signedIn(String name) {
        UserSummary user = fixtures.user(name, Role.LEARNER);
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    private static long start(RealBrowser browser) {
        browser.open("/exams/" + ItemTypesFixture.EXAM);
        assertThat(browser.find("#scoring").getText()).contains("Ordering: each step in its right position");
        browser.clickButton("Start the exam");
        return Long.parseLong(browser.find(".attempt").getAttribute("data-attempt"));
    }

    private static String question(long attemptId, int position) {
        return "/attempts/" + attemptId + "?q=" + position;
    }

    private String answer(long attemptId, int position) {
        return rows.findQuestions(attemptId).get(position).answer();
    }

    /** As a person with JavaScript would: move buttons for ordering, select boxes, typing, a radio button. */
    private static void answerWithScripts(RealBrowser browser, String questionId) {
        switch (questionId) {
            case "o1" -> {
                List<String> right = List.of("a", "b", "c", "d");
                for (int i = 0; i < right.size(); i++) {
                    while (stepOrder(browser).indexOf(right.get(i)) > i) {
                        browser.press("li.step[data-step='" + right.get(i) + "'] .move-up");
                    }
                }
            }
            case "m1" -> List.of("p1=t1", "p2=t2", "p3=t3").forEach(pair -> choose(browser,
                    "select[aria-labelledby='prompt-" + pair.substring(0, 2) + "']", pair));
            case "s1" -> browser.type("#text-answer", "kubectl rollout undo");
            case "c1" -> browser.press("input[name=answer][value=r]");
            default -> browser.type("#text-answer", "ACME-42");
        }
    }

    /** As a person without JavaScript would: a position for every step, a target for every item, typing. */
    private static void answerWithoutScripts(RealBrowser browser, String questionId) {
        switch (questionId) {
            case "o1" -> List.of("a=1", "b=2", "c=3", "d=4").forEach(value ->
                    choose(browser, "li.step[data-step='" + value.charAt(0) + "'] select", value));
            case "m1" -> List.of("p1=t1", "p2=t2", "p3=t3").forEach(pair -> choose(browser,
                    "select[aria-labelledby='prompt-" + pair.substring(0, 2) + "']", pair));
            case "s1" -> browser.type("#text-answer", "kubectl rollout undo");
            case "c1" -> browser.find("input[name=answer][value=r]").click();
            default -> browser.type("#text-answer", "ACME-42");
        }
    }

    private static void assertShowsRightAnswer(RealBrowser browser, String questionId) {
        switch (questionId) {
            case "o1" -> {
                assertThat(stepOrder(browser)).containsExactly("a", "b", "c", "d");
                assertThat(browser.all("li.step select")).extracting(s -> new Select(s).getFirstSelectedOption()
                        .getAttribute("value")).containsExactly("a=1", "b=2", "c=3", "d=4");
            }
            case "m1" -> assertThat(browser.all("#pairs select")).extracting(s -> new Select(s)
                    .getFirstSelectedOption().getAttribute("value")).containsExactlyInAnyOrder("p1=t1", "p2=t2", "p3=t3");
            case "c1" -> assertThat(browser.find("input[name=answer][value=r]").isSelected()).isTrue();
            default -> assertThat(browser.find("#text-answer").getAttribute("value")).isEqualTo(RIGHT.get(questionId));
        }
        if (questionId.startsWith("c")) {
            assertThat(browser.find("#scenario").getText()).contains(ItemTypesFixture.SCENARIO_MARKER);
        }
    }

    private static List<String> stepOrder(RealBrowser browser) {
        return browser.all("li.step").stream().map(li -> li.getAttribute("data-step")).toList();
    }

    private static void choose(RealBrowser browser, String css, String value) {
        WebElement select = browser.find(css);
        new Select(select).selectByValue(value);
        Objects.requireNonNull(browser.checked());
    }
}
