package io.partneracademy.exams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a double (or tenfold) click and a hand-made answer do to an attempt (issue 15). */
@MicronautTest(transactional = false)
class AttemptRaceTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    AttemptRepository attemptRows;
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
    void tenParallelStartsAllLandOnTheSameAttempt() {
        Browser browser = signedIn("Dora Doubleclick");
        browser.get("/exams/quiz");
        CyclicBarrier barrier = new CyclicBarrier(10);
        ExecutorService pool = Executors.newFixedThreadPool(10);

        List<Browser.Page> responses = IntStream.range(0, 10).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return browser.post("/exams/quiz/attempts", Map.of());
        }, pool)).toList().stream().map(CompletableFuture::join).toList();
        pool.shutdown();

        assertThat(responses).extracting(Browser.Page::status).containsOnly(303);
        assertThat(responses).extracting(Browser.Page::location).hasSize(10).containsOnly(responses.get(0).location());
        assertThat(responses.get(0).location()).matches("/attempts/\\d+");
    }

    @Test
    void anAnswerNamingAnOptionTheQuestionDoesNotHaveIsRefusedAndNothingIsStored() {
        Browser browser = signedIn("Olga Option");
        browser.get("/exams/quiz");
        String location = browser.post("/exams/quiz/attempts", Map.of()).location();
        long attemptId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        browser.get(location + "?q=0");

        Browser.Page foreign = browser.postAjax(location + "/answers", Map.of("position", "0", "answer", "zz"));
        Browser.Page mixed = browser.postAjax(location + "/answers", Map.of("position", "0", "answer", "r,zz"));
        Browser.Page junk = browser.postAjax(location + "/answers", Map.of("position", "0", "answer", "r'; --"));
        Browser.Page caseChanged = browser.postAjax(location + "/answers", Map.of("position", "0", "answer", "R"));

        assertThat(List.of(foreign.status(), mixed.status(), junk.status(), caseChanged.status()))
                .containsOnly(422);
        assertThat(foreign.body()).contains("not one of this question's options");
        assertThat(attemptRows.findQuestions(attemptId).get(0).answer()).isNull();
        assertThat(browser.postAjax(location + "/answers", Map.of("position", "0", "answer", "r")).status())
                .isEqualTo(204);
        assertThat(attemptRows.findQuestions(attemptId).get(0).answer()).isEqualTo("r");
    }

    private Browser signedIn(String name) {
        UserSummary user = fixtures.user(name, Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
