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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An exam taken in Japanese: the learner picks the language at start, the attempt keeps it, grading is the same. */
@MicronautTest(transactional = false)
class ExamLanguagesTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;

    @BeforeAll
    void importExams() {
        contentImporter.importTree(ContentFixture.create().root(), null);
        Path exams = ExamFixture.create();
        writeJapaneseBank(exams.resolve("quiz/questions/bank.ja.yaml"));
        examImporter.importTree(exams);
    }

    @Test
    void aLearnerTakesTheExamInJapaneseWithTheSameOptionIdsAndGrading() {
        Browser learner = signedIn(fixtures.user("Sora Japanese", Role.LEARNER), "ja");
        Document start = learner.get("/exams/quiz").html();
        assertThat(start.select("#exam-language option").eachAttr("value")).containsExactly("en", "ja");
        assertThat(start.select("#exam-language option[selected]").val()).isEqualTo("ja");
        assertThat(start.select("#exam-language option[value=ja]").text()).isEqualTo("日本語");

        String attempt = learner.post("/exams/quiz/attempts", Map.of("language", "ja")).location();
        learner.setCookie("pa_lang", "en");
        for (int position = 0; position < 4; position++) {
            Document question = learner.get(attempt + "?q=" + position).html();
            assertThat(question.select(".stem").text()).matches("質問 [ab]\\d ですか？");
            assertThat(question.select("label.option input").eachAttr("value")).containsExactlyInAnyOrder("r", "w", "x");
            assertThat(question.select("label.option").text()).contains("正しい").doesNotContain("Right");
            learner.postAjax(attempt + "/answers", Map.of("position", String.valueOf(position), "answer", "r"));
        }
        learner.post(attempt + "/submit", Map.of());

        assertThat(learner.get(attempt + "/result").html().select(".score").text()).isEqualTo("100%");
    }

    @Test
    void aLearnerWhoKeepsTheSourceLanguageGetsTheSourceQuestions() {
        Browser learner = signedIn(fixtures.user("Emma English", Role.LEARNER), "en");
        assertThat(learner.get("/exams/quiz").html().select("#exam-language option[selected]").val()).isEqualTo("en");

        String attempt = learner.post("/exams/quiz/attempts", Map.of("language", "en")).location();
        learner.setCookie("pa_lang", "ja");

        assertThat(learner.get(attempt + "?q=0").html().select(".stem").text()).matches("Question [ab]\\d\\?");
    }

    private static void writeJapaneseBank(Path file) {
        StringBuilder bank = new StringBuilder("questions:\n");
        for (String id : new String[] {"a1", "a2", "a3", "b1", "b2", "b3"}) {
            bank.append("""
                      - id: %s
                        source: 0123456789ab
                        stem: 質問 %s ですか？
                        options:
                          - id: r
                            text: 正しい %s
                          - id: w
                            text: 誤り %s
                          - id: x
                            text: これも誤り %s
                    """.formatted(id, id, id, id, id));
        }
        try {
            Files.writeString(file, bank.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Browser signedIn(UserSummary user, String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
