package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.catalog.BrowserTranslations;
import io.partneracademy.exams.ExamPublisher;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exam question translations know their source: a changed question shows its translations as outdated, and the
 * side-by-side editor saves a question's translation where learners and the overview read it; a text the importer
 * would refuse, or a language that is not one, is a 422 that says what and where, and nothing is published.
 */
@MicronautTest(transactional = false)
class ExamTranslationEditorTest extends DatabaseTest {

    private static final String OVERVIEW = "/authoring/exams/quiz/translations";
    private static final String A1_DE = OVERVIEW + "/de/questions/a1";
    private static final String A2_DE = OVERVIEW + "/de/questions/a2";

    @Inject
    BrowserTranslations browserSaves;
    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    ExamPublisher publisher;

    private Path exams;
    private Browser translator;

    @BeforeEach
    void importExams() throws IOException {
        contentImporter.importTree(ContentFixture.create().root(), null);
        exams = ExamFixture.create();
        Files.writeString(exams.resolve("quiz/questions/bank.de.yaml"), "questions:\n" + indent(german("a2",
                fingerprint("a2"))));
        // The tests share a database: forgetting the earlier tests' browser saves lets the files replace them (an
        // import keeps a translation saved in the browser over files that say something else, ADR 0050).
        browserSaves.of("quiz", BrowserTranslations.Kind.QUESTION, BrowserTranslations.Kind.EXAM_TITLE)
                .forEach(browserSaves::forget);
        examImporter.importTree(exams);
        translator = signedIn(fixtures.user("Tina Translator", Role.AUTHOR).email(), "en");
        translator.get(OVERVIEW);
    }

    @Test
    void aSavedQuestionTranslationIsWhatLearnersGetAndTheOverviewShows() {
        Document overview = translator.get(OVERVIEW).html();
        assertThat(overview.select("#row-a1 td[data-language=de]").text()).isEqualTo("missing");
        assertThat(overview.select("#row-a2 td[data-language=de]").text()).isEqualTo("current");
        assertThat(overview.select("#row-a1 td[data-language=fr] a").attr("href"))
                .isEqualTo(OVERVIEW + "/fr/questions/a1");
        assertThat(overview.select("#row-a1 code").first().text()).isEqualTo("a1");

        Document missing = translator.get(A1_DE).html();
        assertThat(missing.select("#translation-state strong").text()).isEqualTo("missing");
        assertThat(missing.select("#source-text").attr("lang")).isEqualTo("en");
        assertThat(missing.select("#translation-text").attr("lang")).isEqualTo("de");
        assertThat(missing.select("#translation-text").text())
                .contains("id: a1", "source: " + fingerprint("a1"), "Question a1?", "text: Right a1");

        Browser.Page saved = translator.post(A1_DE, Map.of("text", german("a1", fingerprint("a1"))
                .replace("\n", "\r\n")));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo(A1_DE);
        Document after = translator.get(A1_DE).html();
        assertThat(after.select(".flash").text()).isEqualTo("Translation saved (de). Learners reading this language get it now.");
        assertThat(after.select("#translation-state strong").text()).isEqualTo("current");
        assertThat(after.select("#next-text").text()).isEqualTo("Next to translate: a3 (missing)");
        assertThat(translator.get(OVERVIEW).html().select("#row-a1 td[data-language=de]").text()).isEqualTo("current");
        ExamSpec.QuestionTranslation stored = publisher.current("quiz").orElseThrow().translations().stream()
                .filter(t -> t.questionId().equals("a1") && t.language().equals("de")).findFirst().orElseThrow();
        assertThat(stored.stem()).isEqualTo("Frage a1?");
        assertThat(stored.source()).isEqualTo(fingerprint("a1"));
        assertThat(stored.options()).extracting(ExamSpec.Option::text)
                .containsExactly("Richtig a1", "Falsch a1", "Auch falsch a1");

        // a1 is the only easy question of its section, so every paper has it: in German now.
        Browser learner = signedIn(fixtures.user("Lena Lernende", Role.LEARNER).email(), "de");
        learner.get("/exams/quiz");
        String attempt = learner.post("/exams/quiz/attempts", Map.of("language", "de")).location();
        String stems = "";
        for (int position = 0; position < 4; position++) {
            stems += learner.get(attempt + "?q=" + position).html().select(".stem").text() + " ";
        }
        assertThat(stems).contains("Frage a1?").doesNotContain("Question a1?");
    }

    @Test
    void aChangedQuestionShowsItsTranslationAsOutdatedWithWhatChangedUntilItIsMarkedCurrent() throws IOException {
        String before = fingerprint("a2");
        Path bank = exams.resolve("quiz/questions/bank.yaml");
        Files.writeString(bank, Files.readString(bank).replace("stem: Question a2?", "stem: Question a2, revised?"));
        examImporter.importTree(exams);
        String now = fingerprint("a2");
        assertThat(now).isNotEqualTo(before);

        assertThat(translator.get(OVERVIEW).html().select("#row-a2 td[data-language=de]").text())
                .isEqualTo("outdated");
        Document outdated = translator.get(A2_DE).html();
        assertThat(outdated.select("#translation-state").text()).contains("outdated", before, now);
        assertThat(outdated.select("#source-changes li").eachText()).containsExactly(
                "Removed, line 4: Question a2?", "Added, line 4: Question a2, revised?");
        String text = outdated.select("#translation-text").text();
        assertThat(text).contains("source: " + before);

        assertThat(translator.post(A2_DE, Map.of("text", german("a2", before).replace("Frage a2?",
                "Frage a2, überarbeitet?"))).status()).isEqualTo(303);
        assertThat(translator.get(A2_DE).html().select("#translation-state strong").text()).isEqualTo("outdated");

        assertThat(translator.post(A2_DE, Map.of("text", german("a2", before).replace("Frage a2?",
                "Frage a2, überarbeitet?"), "current", "1")).status()).isEqualTo(303);
        Document current = translator.get(A2_DE).html();
        assertThat(current.select("#translation-state strong").text()).isEqualTo("current");
        assertThat(current.select("#translation-text").text()).contains("source: " + now, "Frage a2, überarbeitet?");
        assertThat(current.select("#source-changes")).isEmpty();
    }

    @Test
    void aTextTheImporterWouldRefuseIsA422WithFileAndLineAndPublishesNothing() {
        int versions = publisher.history("quiz", "a1").size();

        Browser.Page brokenYaml = translator.post(A1_DE, Map.of("text", "id: a1\nsource: " + fingerprint("a1")
                + "\nstem: [unclosed\n"));
        assertThat(brokenYaml.status()).isEqualTo(422);
        Document page = brokenYaml.html();
        assertThat(page.select("#translation-problems li").eachText()).singleElement().asString()
                .matches("a1\\.de\\.yaml:[34]: .+");
        assertThat(page.select("#translation-text").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#translation-text").text()).contains("stem: [unclosed");

        Browser.Page wrongOptions = translator.post(A1_DE, Map.of("text", german("a1", fingerprint("a1"))
                .replace("- id: x", "- id: y")));
        assertThat(wrongOptions.status()).isEqualTo(422);
        assertThat(wrongOptions.html().select("#translation-problems li").eachText()).containsExactly(
                "a1.de.yaml:4: question 'a1': options must have the source's ids [r, w, x] in that order, not [r, w, y]");

        Browser.Page noSource = translator.post(A1_DE, Map.of("text", german("a1", "nope")));
        assertThat(noSource.status()).isEqualTo(422);
        assertThat(noSource.html().select("#translation-problems li").eachText()).containsExactly(
                "a1.de.yaml:2: source must be the 12 hex digits of the source question's fingerprint (shown on the "
                        + "exam's translations page), not 'nope'");

        Browser.Page untranslated = translator.post(A1_DE, Map.of("text",
                translator.get(A1_DE).html().select("#translation-text").text()));
        assertThat(untranslated.status()).isEqualTo(422);
        assertThat(untranslated.html().select("#translation-problems li").eachText()).containsExactly(
                "a1.de.yaml:1: this is still the source text: translate it before saving");

        Browser.Page otherQuestion = translator.post(A1_DE, Map.of("text", german("a2", fingerprint("a2"))));
        assertThat(otherQuestion.status()).isEqualTo(422);
        assertThat(otherQuestion.html().select("#translation-problems li").eachText()).containsExactly(
                "a1.de.yaml:1: id must stay 'a1' (the question this text translates), not 'a2'");

        assertThat(publisher.history("quiz", "a1")).hasSize(versions);
        assertThat(translator.get(OVERVIEW).html().select("#row-a1 td[data-language=de]").text()).isEqualTo("missing");

        Browser.Page badTag = translator.get(OVERVIEW + "/de_DE/questions/a1");
        assertThat(badTag.status()).isEqualTo(422);
        assertThat(badTag.text()).contains("“de_DE” is not a valid BCP 47 tag");
        assertThat(translator.get(OVERVIEW + "/en/questions/a1").status()).isEqualTo(422);
        assertThat(translator.get(OVERVIEW + "/de/questions/zz").status()).isEqualTo(404);
        assertThat(translator.get("/authoring/exams/nowhere/translations").status()).isEqualTo(404);
    }

    @Test
    void theSecondOfTwoTranslatorsSavingTheSameQuestionGetsA409WithTheirTextKept() {
        String a3 = OVERVIEW + "/it/questions/a3";
        Browser other = signedIn(fixtures.user("Otto Othertranslator", Role.AUTHOR).email(), "en");
        String first = translator.get(a3).html().select("input[name=version]").val();
        String second = other.get(a3).html().select("input[name=version]").val();
        assertThat(first).isEqualTo("none").isEqualTo(second);
        assertThat(translator.post(a3, Map.of("text", german("a3", fingerprint("a3")), "version", first)).status())
                .isEqualTo(303);
        int versions = publisher.history("quiz", "a1").size();

        Browser.Page conflict = other.post(a3, Map.of("text", german("a3", fingerprint("a3"))
                .replace("Frage a3?", "Frage a3, anders übersetzt?"), "version", second));

        assertThat(conflict.status()).isEqualTo(409);
        Document page = conflict.html();
        assertThat(page.select("#translation-conflict").text()).startsWith("Another translator saved this text");
        assertThat(page.select("#translation-text").text()).contains("Frage a3, anders übersetzt?");
        String now = page.select("input[name=version]").val();
        assertThat(now).isNotEqualTo("none");
        assertThat(publisher.history("quiz", "a1")).hasSize(versions);
        assertThat(stem("a3")).isEqualTo("Frage a3?");
        assertThat(other.post(a3, Map.of("text", page.selectFirst("#translation-text").wholeText(), "version", now))
                .status()).isEqualTo(303);
        assertThat(stem("a3")).isEqualTo("Frage a3, anders übersetzt?");
    }

    @Test
    void aRefusedSaveOverAnotherTranslatorsShowsTheQuestionTheySavedBesideTheOneTyped() {
        String a3 = OVERVIEW + "/es/questions/a3";
        Browser other = signedIn(fixtures.user("Otto Othertranslator", Role.AUTHOR).email(), "en");
        String opened = translator.get(a3).html().select("input[name=version]").val();
        other.get(a3);
        assertThat(other.post(a3, Map.of("text", german("a3", fingerprint("a3")), "version", opened)).status())
                .isEqualTo(303);

        Document page = translator.post(a3, Map.of("text", german("a3", fingerprint("a3"))
                .replace("Frage a3?", "Frage a3, anders übersetzt?"), "version", opened)).html();

        assertThat(page.select("#their-text pre").attr("lang")).isEqualTo("es");
        assertThat(page.select("#their-text pre").text()).contains("Frage a3?").doesNotContain("anders");
        assertThat(page.select("#translation-text").text()).contains("Frage a3, anders übersetzt?");
    }

    private String stem(String questionId) {
        return publisher.current("quiz").orElseThrow().translations().stream()
                .filter(t -> t.questionId().equals(questionId) && t.language().equals("it")).findFirst().orElseThrow()
                .stem();
    }

    private String fingerprint(String questionId) {
        return QuestionTranslationReader.fingerprint(ExamTree.read(exams, null).exams().stream()
                .filter(e -> e.id().equals("quiz")).findFirst().orElseThrow().questions().stream()
                .filter(q -> q.id().equals(questionId)).findFirst().orElseThrow());
    }

    /** A question's German entry as the editor shows it (unindented). */
    private static String german(String id, String source) {
        return """
                id: %s
                source: %s
                stem: Frage %s?
                options:
                  - id: r
                    text: Richtig %s
                  - id: w
                    text: Falsch %s
                  - id: x
                    text: Auch falsch %s
                explanation: Erklärung %s
                """.formatted(id, source, id, id, id, id, id);
    }

    private static String indent(String entry) {
        return ("- " + entry.replace("\n", "\n  ")).stripTrailing().indent(2);
    }

    private Browser signedIn(String email, String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        assertThat(browser.login(email, Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
