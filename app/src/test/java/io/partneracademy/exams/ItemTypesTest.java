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
import io.partneracademy.support.ItemTypesFixture;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ordering, matching, short-text and scenario questions through the real pages and services: graded on the server
 * with the exam's partial-credit rule, the same whether the answer comes from the form or the autosave script,
 * forged answers refused with a message saying why, and no key in any page or JSON.
 */
@MicronautTest(transactional = false)
class ItemTypesTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Attempts attempts;
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

    /** Per question id: the fields a learner posts (ordering 2 of 4 in place, matching 2 of 3, both texts). */
    private static final Map<String, List<Map.Entry<String, String>>> ANSWERS = Map.of(
            "o1", List.of(Map.entry("answer", "a=1"), Map.entry("answer", "b=2"), Map.entry("answer", "d=3"),
                    Map.entry("answer", "c=4")),
            "m1", List.of(Map.entry("answer", "p1=t1"), Map.entry("answer", "p2=t2"), Map.entry("answer", "p3=t4")),
            "s1", List.of(Map.entry("text", "  Kubectl   rollout UNDO deployment/web ")),
            "c1", List.of(Map.entry("answer", "r")),
            "c2", List.of(Map.entry("text", "acme-42")));

    @Test
    void everyNewTypeIsGradedOnTheServerWithPartialCreditTheSameFromTheFormAndTheScript() {
        Taker script = new Taker("Sam Script");
        Taker form = new Taker("Fay Form");
        long scripted = script.start();
        long posted = form.start();

        for (AttemptQuestionRow q : rows.findQuestions(scripted)) {
            assertThat(script.saveAjax(scripted, q.position(), ANSWERS.get(q.questionId())).status()).isEqualTo(204);
        }
        for (AttemptQuestionRow q : rows.findQuestions(posted)) {
            Browser.Page page = form.saveForm(posted, q.position(), ANSWERS.get(q.questionId()));
            assertThat(page.status()).isEqualTo(303);
        }
        script.browser.post("/attempts/" + scripted + "/submit", Map.of());
        form.browser.post("/attempts/" + posted + "/submit", Map.of());

        assertThat(stored(posted)).isEqualTo(stored(scripted)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "o1", "a,b,d,c", "m1", "p1=t1,p2=t2,p3=t4", "s1", "Kubectl   rollout UNDO deployment/web",
                "c1", "r", "c2", "acme-42"));
        AttemptRow a = rows.findById(scripted).orElseThrow();
        AttemptRow b = rows.findById(posted).orElseThrow();
        // (0.5 + 2/3 + 1) of 3 in steps, (1 + 0) of 2 in case: 3.1667 of 5
        assertThat(a.scorePercent()).isEqualByComparingTo("63.33");
        assertThat(b.scorePercent()).isEqualByComparingTo(a.scorePercent());
        assertThat(a.sectionScores()).isEqualTo(b.sectionScores()).contains("\"steps\":72.22", "\"case\":50.00");
    }

    @Test
    void aScenarioIsDrawnWholeInItsOrderAndItsPagesShowTheSharedCase() {
        Taker taker = new Taker("Cara Case");
        long attemptId = taker.start();

        List<String> ids = rows.findQuestions(attemptId).stream().map(AttemptQuestionRow::questionId).toList();
        int c1 = ids.indexOf("c1");
        String first = taker.browser.get("/attempts/" + attemptId + "?q=" + c1).text();
        String second = taker.browser.get("/attempts/" + attemptId + "?q=" + (c1 + 1)).text();

        assertThat(ids).containsExactlyInAnyOrder("o1", "m1", "s1", "c1", "c2");
        assertThat(ids.get(c1 + 1)).as("c2 right after c1").isEqualTo("c2");
        assertThat(first).contains(ItemTypesFixture.SCENARIO_MARKER, "Case study · question 1 of 2 about this case");
        assertThat(second).contains(ItemTypesFixture.SCENARIO_MARKER, "question 2 of 2");
    }

    @Test
    void forgedAnswersAreRefusedWithAClearErrorAndNothingIsSaved() {
        Taker taker = new Taker("Fred Forger");
        long attemptId = taker.start();
        Map<String, Integer> at = new HashMap<>();
        rows.findQuestions(attemptId).forEach(q -> at.put(q.questionId(), q.position()));
        taker.saveAjax(attemptId, at.get("o1"), ANSWERS.get("o1"));

        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("o1:z=1", refusal(taker, attemptId, at.get("o1"), "answer", "z=1"));
        refused.put("o1:5 steps", refusal(taker, attemptId, at.get("o1"), "answer", "a=1", "answer", "b=2",
                "answer", "c=3", "answer", "d=4", "answer", "a=1"));
        refused.put("o1:twice", refusal(taker, attemptId, at.get("o1"), "answer", "a=1", "answer", "b=1"));
        refused.put("o1:position", refusal(taker, attemptId, at.get("o1"), "answer", "a=9"));
        refused.put("m1:target", refusal(taker, attemptId, at.get("m1"), "answer", "p1=t9"));
        refused.put("m1:count", refusal(taker, attemptId, at.get("m1"), "answer", "p1=t1", "answer", "p2=t2",
                "answer", "p3=t3", "answer", "p4=t4"));
        refused.put("c1:two", refusal(taker, attemptId, at.get("c1"), "answer", "r", "answer", "w"));
        refused.put("s1:long", refusal(taker, attemptId, at.get("s1"), "text", "x".repeat(201)));

        assertThat(refused).containsExactly(
                Map.entry("o1:z=1", "That answer is not one of this question's options, so it was not saved."),
                Map.entry("o1:5 steps", "This question has 4 parts to answer, not 5, so the answer was not saved."),
                Map.entry("o1:twice", "Position 1 was given to two steps; give each of the 4 steps its own"
                        + " position. The answer was not saved."),
                Map.entry("o1:position", "A position must be a number from 1 to 4, so the answer was not saved."),
                Map.entry("m1:target", "That answer is not one of this question's options, so it was not saved."),
                Map.entry("m1:count", "This question has 3 parts to answer, not 4, so the answer was not saved."),
                Map.entry("c1:two", "This question takes one answer, not 2, so the answer was not saved."),
                Map.entry("s1:long", "Answers are at most 200 characters long, so this one was not saved."));
        assertThat(stored(attemptId)).containsExactly(Map.entry("o1", "a,b,d,c"));
    }

    @Test
    void noPageOrJsonOfAnOpenAttemptCarriesAKey() {
        Taker taker = new Taker("Kim Keyless");
        long attemptId = taker.start();
        List<String> bodies = new ArrayList<>();
        for (AttemptQuestionRow q : rows.findQuestions(attemptId)) {
            Browser.Page page = taker.browser.get("/attempts/" + attemptId + "?q=" + q.position());
            assertThat(page.html().select("#answer-form option[selected], #answer-form input[checked]"))
                    .as("nothing preselected in %s", q.questionId()).isEmpty();
            assertThat(page.html().select("#text-answer[value~=.]")).isEmpty();
            bodies.add(page.body());
        }
        bodies.add(taker.browser.getJson("/attempts/" + attemptId + "/status").body());
        bodies.add(taker.browser.get("/attempts/" + attemptId + "/review").body());
        String all = String.join("\n", bodies);

        assertThat(all).doesNotContain(ExamFixture.SECRET, "rollout undo", "kubectl\\s", "ACME-42\"", "t1\"}",
                "\"pairs\":", "\"order\":", "\"accepted\":");
        AttemptQuestionRow ordering = rows.findQuestions(attemptId).stream()
                .filter(q -> q.questionId().equals("o1")).findFirst().orElseThrow();
        assertThat(ordering.optionOrder()).as("steps are never shown in their right order").isNotEqualTo("a,b,c,d");
    }

    @Test
    void theRulesPageStatesHowEachTypeIsScored() {
        Taker taker = new Taker("Rita Rules");

        String rules = taker.browser.get("/exams/" + ItemTypesFixture.EXAM).html().select("#scoring").text();

        assertThat(rules).contains("Single choice and true/false: 1 point",
                "Ordering: each step in its right position earns its share of the point",
                "Matching: each item matched right earns its share of the point",
                "Short answer: 1 point when your answer is one of the accepted answers",
                "Case studies: several questions share one case");
    }

    private String refusal(Taker taker, long attemptId, int position, String... fields) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            list.add(Map.entry(fields[i], fields[i + 1]));
        }
        Browser.Page page = taker.saveAjax(attemptId, position, list);
        assertThat(page.status()).as(String.join(" ", fields)).isEqualTo(422);
        String body = page.body();
        int start = body.indexOf("\"detail\":\"") + 10;
        return body.substring(start, body.indexOf('"', start)).replace("\\u0027", "'");
    }

    private Map<String, String> stored(long attemptId) {
        Map<String, String> out = new HashMap<>();
        rows.findQuestions(attemptId).stream().filter(q -> q.answer() != null)
                .forEach(q -> out.put(q.questionId(), q.answer()));
        return out;
    }

    private final class Taker {

        final UserSummary summary;
        final Browser browser;

        Taker(String name) {
            summary = fixtures.user(name, Role.LEARNER);
            browser = new Browser(server.getURI());
            assertThat(browser.login(summary.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
            browser.get("/exams");
        }

        long start() {
            return attempts.start(new CurrentUser(summary.id(), summary.email(), summary.displayName(),
                    Set.of(Role.LEARNER)), ItemTypesFixture.EXAM);
        }

        Browser.Page saveAjax(long attemptId, int position, List<Map.Entry<String, String>> fields) {
            browser.get("/attempts/" + attemptId + "?q=" + position);
            List<Map.Entry<String, String>> all = new ArrayList<>(fields);
            all.add(Map.entry("position", String.valueOf(position)));
            all.add(Map.entry("go", "stay"));
            return browser.postAjaxFields("/attempts/" + attemptId + "/answers", all);
        }

        Browser.Page saveForm(long attemptId, int position, List<Map.Entry<String, String>> fields) {
            browser.get("/attempts/" + attemptId + "?q=" + position);
            List<Map.Entry<String, String>> all = new ArrayList<>(fields);
            all.add(Map.entry("position", String.valueOf(position)));
            all.add(Map.entry("go", "next"));
            return browser.postFields("/attempts/" + attemptId + "/answers", all);
        }
    }
}
