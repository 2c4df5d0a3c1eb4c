package io.partneracademy.exams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice exam's review after submitting shows each question and its explanation in the language the attempt was
 * taken in; it showed the English source to a learner who had taken the exam in German. A question of an English
 * attempt on a German page is marked lang="en".
 */
@MicronautTest(transactional = false)
class PracticeReviewInTheAttemptsLanguageTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;

    @BeforeAll
    void practiceQuizWithAGermanTranslation() throws IOException {
        contentImporter.importTree(ContentFixture.create().root(), null);
        Path exams = ExamFixture.create();
        StringBuilder german = new StringBuilder("questions:\n");
        for (String q : new String[] {"a1", "a2", "a3", "b1", "b2", "b3"}) {
            german.append("""
                      - id: %s
                        source: 000000000000
                        stem: Frage %s?
                        options:
                          - id: r
                            text: Richtig %s
                          - id: w
                            text: Falsch %s
                          - id: x
                            text: Auch falsch %s
                        explanation: Erklärung %s
                    """.formatted(q, q, q, q, q, q));
        }
        Files.writeString(exams.resolve("practice-quiz").resolve("questions").resolve("bank.de.yaml"), german);
        examImporter.importTree(exams);
    }

    @Test
    void aGermanAttemptIsReviewedInGerman() {
        Document result = submitted("Paula Übung", "de");

        assertThat(result.select(".review-item .result-stem").eachText()).hasSize(4)
                .allMatch(stem -> stem.matches("Frage [ab][123]\\?"));
        assertThat(result.select(".review-item .muted").eachText())
                .allMatch(explanation -> explanation.startsWith("Erklärung "));
        assertThat(result.select(".review-item [lang]")).isEmpty();
    }

    @Test
    void anEnglishAttemptOnAGermanPageIsMarkedEnglish() {
        Document result = submitted("Peter Practice", "en");

        assertThat(result.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(result.select(".review-item .result-stem").eachText())
                .allMatch(stem -> stem.matches("Question [ab][123]\\?"));
        assertThat(result.select(".review-item .result-stem").eachAttr("lang")).hasSize(4).containsOnly("en");
    }

    /** A German reader takes the practice quiz in {@code language}, answers the first question and submits. */
    private Document submitted(String name, String language) {
        Browser learner = new Browser(server.getURI());
        learner.setCookie("pa_lang", "de");
        learner.login(fixtures.user(name, Role.LEARNER).email(), Fixtures.PASSWORD);
        learner.get("/exams/practice-quiz");
        String attempt = learner.post("/exams/practice-quiz/attempts", Map.of("language", language)).location();
        learner.get(attempt);
        String id = attempt.replaceAll("^/attempts/(\\d+).*$", "$1");
        learner.post("/attempts/" + id + "/answers", Map.of("position", "0", "answer", "r"));
        learner.post("/attempts/" + id + "/submit", Map.of());
        return learner.get("/attempts/" + id + "/result").html();
    }
}
