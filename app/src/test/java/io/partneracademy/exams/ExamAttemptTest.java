package io.partneracademy.exams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class ExamAttemptTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    Attempts attempts;
    @Inject
    AttemptRepository attemptRows;
    @Inject
    OverdueAttempts overdue;
    @Inject
    Accommodations accommodations;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;

    @BeforeAll
    void importExams() {
        contentImporter.importTree(ContentFixture.create().root(), null);
        examImporter.importTree(ExamFixture.create());
    }

    @Test
    void nothingTheClientSendsMovesTheDeadline() {
        Taker taker = new Taker("Dana Deadline");
        long attemptId = taker.start("quiz");
        AttemptRow before = attemptRows.findById(attemptId).orElseThrow();

        long again = taker.start("quiz");
        taker.browser.post("/attempts/" + attemptId + "/answers", Map.of("position", "0", "answer", "r",
                "deadline", "2099-01-01T00:00:00Z", "remainingSeconds", "999999", "timeLimitMinutes", "600"));
        taker.browser.postRaw("/exams/quiz/attempts", Map.of());
        Browser secondTab = taker.newSession();
        secondTab.get("/exams/quiz");
        secondTab.post("/exams/quiz/attempts", Map.of());

        assertThat(again).isEqualTo(attemptId);
        assertThat(attemptRows.findById(attemptId).orElseThrow().deadline()).isEqualTo(before.deadline());
        assertThat(before.deadline()).isEqualTo(before.startedAt().plus(Duration.ofMinutes(10)));
        assertThat(taker.browser.getJson("/attempts/" + attemptId + "/status").body())
                .containsPattern("\"remainingSeconds\":(59\\d|600)");
    }

    @Test
    void aSaveAfterDeadlineAndGraceIsRefusedAndTheAttemptIsGradedOnWhatWasSaved() {
        Taker taker = new Taker("Lara Late");
        long attemptId = taker.start("quiz");
        taker.answer(attemptId, 0, "r");
        taker.answer(attemptId, 1, "r");
        clock.advance(Duration.ofMinutes(10).plusSeconds(30));
        Browser.Page withinGrace = taker.answerAjax(attemptId, 2, "r");
        clock.advance(Duration.ofSeconds(31));

        Browser.Page late = taker.answerAjax(attemptId, 3, "r");
        Browser.Page lateForm = taker.browser.post("/attempts/" + attemptId + "/answers",
                Map.of("position", "3", "answer", "r"));

        assertThat(withinGrace.status()).isEqualTo(204);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("The time for this attempt was over");
        assertThat(lateForm.location()).startsWith("/attempts/" + attemptId + "/result");
        AttemptRow closed = attemptRows.findById(attemptId).orElseThrow();
        assertThat(closed.status()).isEqualTo(AttemptStatus.TIMED_OUT);
        assertThat(closed.scorePercent()).isEqualByComparingTo("75.00");
    }

    @Test
    void theOverdueJobClosesAbandonedAttempts() {
        Taker taker = new Taker("Abe Abandoned");
        long attemptId = taker.start("quiz");
        taker.answer(attemptId, 0, "r");
        clock.advance(Duration.ofMinutes(11).plusSeconds(5));

        overdue.closeOverdue();

        AttemptRow closed = attemptRows.findById(attemptId).orElseThrow();
        assertThat(closed.status()).isEqualTo(AttemptStatus.TIMED_OUT);
        assertThat(closed.scorePercent()).isEqualByComparingTo("25.00");
        assertThat(taker.newSession().get("/attempts/" + attemptId + "/result").text()).contains("25%").doesNotContain("25.00%");
    }

    @Test
    void twoConcurrentSubmitsGradeOnce() throws Exception {
        Taker taker = new Taker("Sam Twice");
        long attemptId = taker.start("quiz");
        for (int i = 0; i < 4; i++) {
            taker.answer(attemptId, i, "r");
        }
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<CompletableFuture<Void>> submits = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            submits.add(CompletableFuture.runAsync(() -> {
                try {
                    barrier.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                attempts.submit(taker.user(), attemptId);
            }));
        }

        CompletableFuture.allOf(submits.toArray(CompletableFuture[]::new)).get();

        assertThat(attemptRows.findById(attemptId).orElseThrow().scorePercent()).isEqualByComparingTo("100.00");
        assertThat(outboxEvents(attemptId)).isEqualTo(1);
    }

    @Test
    void resumingOnAnotherDeviceReturnsTheSameQuestionsOrderAndAnswers() {
        Taker taker = new Taker("Rosa Resume");
        long attemptId = taker.start("quiz");
        taker.answer(attemptId, 1, "w");
        List<String> before = paper(taker.browser, attemptId);

        Browser otherDevice = taker.newSession();
        List<String> after = paper(otherDevice, attemptId);

        assertThat(after).isEqualTo(before);
        Document second = otherDevice.get("/attempts/" + attemptId + "?q=1").html();
        assertThat(second.select("input[name=answer][checked]").attr("value")).isEqualTo("w");
    }

    @Test
    void sequentialNavigationCannotBeSkipped() {
        Taker taker = new Taker("Quinn Queue");
        long attemptId = taker.start("seq-quiz");

        Browser.Page skip = taker.answerAjax(attemptId, 2, "r");
        Document peek = taker.browser.get("/attempts/" + attemptId + "?q=2").html();
        taker.browser.post("/attempts/" + attemptId + "/answers", Map.of("position", "0", "answer", "r", "go", "next"));
        Browser.Page back = taker.answerAjax(attemptId, 0, "w");

        assertThat(skip.status()).isEqualTo(409);
        assertThat(skip.body()).contains("only the current question can be answered");
        assertThat(peek.text()).contains("Question 1 of 4");
        assertThat(back.status()).isEqualTo(409);
        assertThat(taker.browser.get("/attempts/" + attemptId).text()).contains("Question 2 of 4");
    }

    @Test
    void anAccommodationExtendsAnAttemptInProgress() {
        Taker taker = new Taker("Ada Accommodated");
        long attemptId = taker.start("quiz");
        UserSummary admin = fixtures.user("Granting Admin", Role.ADMIN);
        CurrentUser adminUser = new CurrentUser(admin.id(), admin.email(), admin.displayName(), Set.of(Role.ADMIN));

        accommodations.grant(adminUser, taker.summary.id(), 15, new BigDecimal("1.5"), "Screen reader");

        AttemptRow attempt = attemptRows.findById(attemptId).orElseThrow();
        assertThat(attempt.deadline()).isEqualTo(attempt.startedAt().plus(Duration.ofMinutes(30)));
        assertThat(accommodations.history(taker.summary.id())).singleElement()
                .satisfies(g -> assertThat(g.reason()).isEqualTo("Screen reader"));
    }

    @Test
    void retakePolicyAndCooldownAreEnforcedAndTheNextTimeIsShown() {
        Taker taker = new Taker("Fay Fails");
        long first = taker.start("quiz");
        attempts.submit(taker.user(), first);

        assertThatThrownBy(() -> taker.start("quiz")).isInstanceOf(RetakeNotAllowedException.class);
        assertThat(taker.browser.get("/exams/quiz").html().select("#next-allowed").text())
                .startsWith("Your next attempt can start on");

        clock.advance(Duration.ofHours(25));
        Taker later = taker.again();
        long second = later.start("quiz");
        attempts.submit(later.user(), second);
        clock.advance(Duration.ofHours(25));

        assertThatThrownBy(() -> taker.again().start("quiz")).isInstanceOf(RetakeNotAllowedException.class)
                .hasMessage("attempt.not-yet");
    }

    @Test
    void theDrawRespectsTheBlueprint() {
        Taker taker = new Taker("Bo Blueprint");
        long attemptId = taker.start("quiz");

        List<AttemptQuestionRow> paper = attemptRows.findQuestions(attemptId);

        assertThat(paper).hasSize(4);
        assertThat(paper.subList(0, 2)).extracting(AttemptQuestionRow::section).containsOnly("alpha");
        assertThat(paper.subList(2, 4)).extracting(AttemptQuestionRow::section).containsOnly("beta");
        assertThat(paper.subList(0, 2)).extracting(AttemptQuestionRow::questionId)
                .anyMatch("a1"::equals).anyMatch(id -> id.equals("a2") || id.equals("a3"));
    }

    @Test
    void noResponseDuringOrAfterACertificationAttemptCarriesTheAnswers() {
        Taker taker = new Taker("Nia Nosy");
        long attemptId = taker.start("quiz");
        StringBuilder everything = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            everything.append(taker.browser.get("/attempts/" + attemptId + "?q=" + i).body());
            everything.append(taker.answerAjax(attemptId, i, "w").body());
        }
        everything.append(taker.browser.getJson("/attempts/" + attemptId + "/status").body());
        taker.browser.post("/attempts/" + attemptId + "/submit", Map.of());
        everything.append(taker.browser.get("/attempts/" + attemptId + "/result").body());

        assertThat(everything.toString()).doesNotContain(ExamFixture.SECRET).doesNotContain("correct");
        assertThat(taker.browser.get("/attempts/" + attemptId + "/result").text()).contains("0%").doesNotContain("0.00%").contains("Not passed");
    }

    @Test
    void practiceExamsExplainEachQuestionAfterSubmit() {
        Taker taker = new Taker("Pia Practice");
        long attemptId = taker.start("practice-quiz");
        taker.answer(attemptId, 0, "r");
        String during = taker.browser.get("/attempts/" + attemptId + "?q=0").body();
        taker.browser.post("/attempts/" + attemptId + "/submit", Map.of());

        Browser.Page result = taker.browser.get("/attempts/" + attemptId + "/result");

        assertThat(during).doesNotContain(ExamFixture.SECRET);
        assertThat(result.html().select(".review-item")).hasSize(4);
        assertThat(result.text()).contains(ExamFixture.SECRET).contains("Right").contains("Wrong");
    }

    @Test
    void anExamOutsideItsWindowCannotBeStarted() {
        Taker taker = new Taker("Wendy Window");

        assertThatThrownBy(() -> taker.start("closed-quiz")).isInstanceOf(RetakeNotAllowedException.class)
                .hasMessage("attempt.window-closed");
        assertThat(taker.browser.get("/exams/closed-quiz").text()).contains("This exam is not open for new attempts.");
        assertThat(taker.browser.get("/exams/closed-quiz").html().select("#start")).isEmpty();
    }

    private int outboxEvents(long attemptId) {
        return attemptRows.countOutbox(String.valueOf(attemptId));
    }

    private static List<String> paper(Browser browser, long attemptId) {
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Document page = browser.get("/attempts/" + attemptId + "?q=" + i).html();
            pages.add(page.select(".stem").text() + " | " + page.select("input[name=answer]").eachAttr("value"));
        }
        return pages;
    }

    /** A learner with their own browser session. */
    private final class Taker {

        final UserSummary summary;
        final Browser browser;

        Taker(String name) {
            this(fixtures.user(name, Role.LEARNER));
        }

        private Taker(UserSummary summary) {
            this.summary = summary;
            this.browser = newSession();
        }

        Taker again() {
            return new Taker(summary);
        }

        Browser newSession() {
            Browser b = new Browser(server.getURI());
            assertThat(b.login(summary.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
            b.get("/exams");
            return b;
        }

        CurrentUser user() {
            return new CurrentUser(summary.id(), summary.email(), summary.displayName(), Set.of(Role.LEARNER));
        }

        long start(String exam) {
            return attempts.start(user(), exam);
        }

        void answer(long attemptId, int position, String option) {
            assertThat(answerAjax(attemptId, position, option).status()).isEqualTo(204);
        }

        Browser.Page answerAjax(long attemptId, int position, String option) {
            browser.get("/attempts/" + attemptId + "?q=" + position);
            return browser.postAjax("/attempts/" + attemptId + "/answers",
                    Map.of("position", String.valueOf(position), "answer", option));
        }
    }
}
