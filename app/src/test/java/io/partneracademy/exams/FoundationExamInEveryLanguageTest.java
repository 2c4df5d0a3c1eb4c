package io.partneracademy.exams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.authoring.ExamTree;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped Foundation exam in German, French and Japanese: every question and option of the bank is translated,
 * the start page offers the languages, a learner sees the translated texts under the source's option ids, and the same
 * answers get the same score as in English.
 */
@MicronautTest(transactional = false)
class FoundationExamInEveryLanguageTest extends DatabaseTest {

    private static final List<String> LANGUAGES = List.of("de", "fr", "ja");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    AttemptRepository attempts;
    @Inject
    ExamVersions versions;

    private ExamSpec foundation;

    @BeforeAll
    void importShippedExams() {
        contentImporter.importTree(ProjectDir.get().resolve("content"), null);
        examImporter.importTree(ProjectDir.get().resolve("exams"));
        foundation = ExamTree.read(ProjectDir.get().resolve("exams"), null).exams().stream()
                .filter(e -> e.id().equals("foundation-exam")).findFirst().orElseThrow();
    }

    @Test
    void everyQuestionAndOptionOfTheBankIsTranslatedIntoEachLanguage() {
        assertThat(foundation.questions()).hasSize(89);
        for (String language : LANGUAGES) {
            Map<String, ExamSpec.QuestionTranslation> translated = translations(language);
            assertThat(translated.keySet()).as(language)
                    .containsExactlyInAnyOrderElementsOf(foundation.questions().stream().map(ExamSpec.Question::id).toList());
            for (ExamSpec.Question q : foundation.questions()) {
                ExamSpec.QuestionTranslation t = translated.get(q.id());
                String where = language + " " + q.id();
                assertThat(t.stem()).as(where).isNotBlank().isNotEqualTo(q.stem());
                assertThat(t.explanation()).as(where).isNotBlank().isNotEqualTo(q.explanation());
                assertThat(t.options()).as(where).extracting(ExamSpec.Option::id)
                        .containsExactlyElementsOf(q.options().stream().map(ExamSpec.Option::id).toList());
                assertThat(t.options()).as(where).allSatisfy(o -> assertThat(o.text()).isNotBlank()
                        // Option texts are Markdown: "29. Mai" would become a numbered list showing only "Mai".
                        .doesNotMatch("(?s)(\\d+[.)]|[-*+#>])\\s.*"));
            }
            long changedOptions = foundation.questions().stream().flatMap(q -> {
                Map<String, String> texts = translated.get(q.id()).options().stream()
                        .collect(Collectors.toMap(ExamSpec.Option::id, ExamSpec.Option::text));
                return q.options().stream().filter(o -> !o.text().equals(texts.get(o.id())));
            }).count();
            long allOptions = foundation.questions().stream().mapToLong(q -> q.options().size()).sum();
            // Only options that are proper names (the tier names, "Dashboard", "Marketing") stay as they are.
            assertThat(changedOptions).as(language).isGreaterThan(allOptions * 9 / 10);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "ja"})
    void theSameAnswersGetTheSameScoreInEveryLanguage(String language) {
        UserSummary user = fixtures.user("Exam taker " + language, Role.LEARNER);
        Browser learner = new Browser(server.getURI());
        learner.setCookie("pa_lang", language);
        learner.login(user.email(), Fixtures.PASSWORD);

        Document start = learner.get("/exams/foundation-exam").html();
        assertThat(start.select("#exam-language option").eachAttr("value")).containsExactly("en", "de", "fr", "ja");
        assertThat(start.select("#exam-language option[selected]").val()).isEqualTo(language);

        String attemptPath = learner.post("/exams/foundation-exam/attempts", Map.of("language", language)).location();
        long attemptId = Long.parseLong(attemptPath.substring(attemptPath.lastIndexOf('/') + 1));
        AttemptRow attempt = attempts.findById(attemptId).orElseThrow();
        ExamVersions.Loaded exam = versions.get(attempt.examId(), attempt.examVersion());
        Map<String, ExamSpec.Question> source = foundation.questions().stream()
                .collect(Collectors.toMap(ExamSpec.Question::id, Function.identity()));
        Map<String, ExamSpec.QuestionTranslation> translated = "en".equals(language) ? Map.of() : translations(language);

        List<AttemptQuestionRow> drawn = attempts.findQuestions(attemptId);
        assertThat(drawn).hasSize(30);
        for (AttemptQuestionRow q : drawn) {
            Document page = learner.get(attemptPath + "?q=" + q.position()).html();
            ExamSpec.Question question = source.get(q.questionId());
            List<ExamSpec.Option> shown = "en".equals(language) ? question.options()
                    : translated.get(q.questionId()).options();
            String stem = "en".equals(language) ? question.stem() : translated.get(q.questionId()).stem();
            assertThat(plain(page.select(".stem").text())).as(q.questionId()).isEqualTo(plain(stem));
            assertThat(page.select("label.option input").eachAttr("value")).as(q.questionId())
                    .containsExactlyInAnyOrderElementsOf(question.options().stream().map(ExamSpec.Option::id).toList());
            for (ExamSpec.Option option : shown) {
                assertThat(plain(page.select("label.option:has(input[value=" + option.id() + "])").text()))
                        .as(q.questionId() + " option " + option.id()).contains(plain(option.text()));
            }
            // The first three drawn questions are answered wrong, the other 27 right: 90% in every language.
            String correct = exam.questions().get(q.questionId()).correctIds();
            String answer = q.position() < 3 ? question.options().stream().map(ExamSpec.Option::id)
                    .filter(id -> !question.correct().contains(id)).findFirst().orElseThrow() : correct;
            assertThat(learner.postAjax(attemptPath + "/answers",
                    Map.of("position", String.valueOf(q.position()), "answer", answer)).status()).isEqualTo(204);
        }
        learner.post(attemptPath + "/submit", Map.of());

        assertThat(learner.get(attemptPath + "/result").html().select(".score").text()).isEqualTo("90%");
    }

    private Map<String, ExamSpec.QuestionTranslation> translations(String language) {
        return foundation.translations().stream().filter(t -> t.language().equals(language))
                .collect(Collectors.toMap(ExamSpec.QuestionTranslation::questionId, Function.identity()));
    }

    private static String plain(String markdown) {
        return markdown.replace("**", "").replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }
}
