package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.catalog.BrowserTranslations;
import io.partneracademy.content.Problems;
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
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The translation of an exam's title and section titles on the exam's translations page: its state per language
 * (missing, current, outdated once the English title or a section title changes), the side-by-side editor whose save
 * publishes it as current for learners, 422s that name the field and save nothing, a 409 for the second of two authors
 * saving from the same version, and the export's exam.&lt;lang&gt;.yaml reading back as what was saved.
 */
@MicronautTest(transactional = false)
class ExamTitleEditorTest extends DatabaseTest {

    private static final String OVERVIEW = "/authoring/exams/quiz/translations";
    private static final String DE = OVERVIEW + "/de/title";

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

    @TempDir
    Path unpacked;

    private Path exams;
    private Browser author;

    private static int run;

    @BeforeEach
    void importExams() throws IOException {
        contentImporter.importTree(ContentFixture.create().root(), null);
        exams = ExamFixture.create();
        // The tests share a database: changed files make each start from the files' exam, without the titles an
        // earlier test saved in the browser (unchanged files would keep them), once those saves are forgotten (an
        // import keeps a translation saved in the browser over files that say something else, ADR 0050).
        browserSaves.of("quiz", BrowserTranslations.Kind.QUESTION, BrowserTranslations.Kind.EXAM_TITLE)
                .forEach(browserSaves::forget);
        Path exam = exams.resolve("quiz/exam.yaml");
        Files.writeString(exam, Files.readString(exam).replace("time-limit-minutes: 10",
                "time-limit-minutes: " + (11 + run++)));
        examImporter.importTree(exams);
        author = signedIn(fixtures.user("Titus Titelautor", Role.AUTHOR).email(), "en");
    }

    @Test
    void aSavedTitleTranslationIsCurrentAndWhatGermanLearnersSee() {
        Document overview = author.get(OVERVIEW).html();
        assertThat(overview.select("#row-title th").text()).isEqualTo("Exam and section titles Exam quiz");
        assertThat(overview.select("#row-title td code").text()).isEqualTo(fingerprint());
        assertThat(overview.select("#row-title td[data-language=de]").text()).isEqualTo("missing");
        assertThat(overview.select("#row-title td[data-language=de] a").attr("href")).isEqualTo(DE);
        Document missing = author.get(DE).html();
        assertThat(missing.select("h1").text()).isEqualTo("Translate the titles of “Exam quiz” into German");
        assertThat(missing.select("#translation-state strong").text()).isEqualTo("missing");
        assertThat(missing.select("#source-title").text()).isEqualTo("Exam quiz");
        assertThat(missing.select("#source-title").attr("lang")).isEqualTo("en");
        assertThat(missing.select("td.source-title").eachText()).containsExactly("Alpha", "Beta");
        assertThat(missing.select("#title").val()).isEmpty();
        assertThat(missing.select("#title").attr("lang")).isEqualTo("de");
        assertThat(missing.select("input[name=version]").val()).isEqualTo("none");

        Browser.Page saved = save(author, DE, " Prüfung Quiz ", "Alpha auf Deutsch", "", "none");

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo(DE);
        Document after = author.get(DE).html();
        assertThat(after.select(".flash").text())
                .isEqualTo("Titles saved (de). Learners reading this language see them now.");
        assertThat(after.select("#translation-state strong").text()).isEqualTo("current");
        assertThat(after.select("#title").val()).isEqualTo("Prüfung Quiz");
        assertThat(after.select("#section-alpha").val()).isEqualTo("Alpha auf Deutsch");
        assertThat(after.select("#section-beta").val()).isEmpty();
        assertThat(author.get(OVERVIEW).html().select("#row-title td[data-language=de]").text()).isEqualTo("current");
        assertThat(stored("de")).isEqualTo(new ExamSpec.TitleTranslation("de", "Prüfung Quiz",
                Map.of("alpha", "Alpha auf Deutsch"), fingerprint()));

        Browser learner = signedIn(fixtures.user("Greta Lernende", Role.LEARNER).email(), "de");
        assertThat(learner.get("/exams").html().select("a.title[href=/exams/quiz]").text()).isEqualTo("Prüfung Quiz");
        assertThat(learner.get("/exams/quiz").html().selectFirst("h1").attr("lang")).isEqualTo("de");
    }

    @Test
    void aChangedExamTitleOrSectionTitleTurnsTheTranslationOutdatedUntilItIsSavedAgain() throws IOException {
        String before = fingerprint();
        Files.writeString(exams.resolve("quiz/exam.de.yaml"), """
                title: Prüfung Quiz
                source: %s
                sections:
                  - section: beta
                    title: Beta auf Deutsch
                """.formatted(before));
        examImporter.importTree(exams);
        assertThat(author.get(OVERVIEW).html().select("#row-title td[data-language=de]").text()).isEqualTo("current");
        assertThat(author.get(OVERVIEW).html().select("#row-title td[data-language=fr]").text()).isEqualTo("missing");

        rewrite("title: Exam quiz", "title: Exam quiz 2027");
        String now = fingerprint();

        assertThat(now).isNotEqualTo(before);
        assertThat(author.get(OVERVIEW).html().select("#row-title td[data-language=de]").text()).isEqualTo("outdated");
        Document outdated = author.get(DE).html();
        assertThat(outdated.select("#translation-state").text()).contains("outdated", before, now);
        assertThat(outdated.select("#source-changes li").eachText()).containsExactly(
                "Removed, line 1: title: Exam quiz", "Added, line 1: title: Exam quiz 2027");
        assertThat(outdated.select("#title").val()).isEqualTo("Prüfung Quiz");
        assertThat(outdated.select("#section-beta").val()).isEqualTo("Beta auf Deutsch");

        assertThat(save(author, DE, "Prüfung Quiz 2027", "", "Beta auf Deutsch",
                outdated.select("input[name=version]").val()).status()).isEqualTo(303);
        assertThat(author.get(OVERVIEW).html().select("#row-title td[data-language=de]").text()).isEqualTo("current");
        assertThat(stored("de").source()).isEqualTo(now);

        rewrite("title: Beta", "title: Beta, revised");

        // Changed files win at the next import (ADR 0004): the German file's translation, made from the first titles.
        assertThat(author.get(OVERVIEW).html().select("#row-title td[data-language=de]").text()).isEqualTo("outdated");
        assertThat(author.get(DE).html().select("#source-changes li").eachText()).contains(
                "Removed, line 3: beta: Beta", "Added, line 3: beta: Beta, revised");
    }

    @Test
    void badInputIsA422NamingTheFieldAndSavesNothing() {
        int versions = versions();
        String version = author.get(DE).html().select("input[name=version]").val();

        Browser.Page empty = save(author, DE, "  ", "Alpha auf Deutsch", "", version);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().select("#title-errors").text()).isEqualTo("Title: enter the exam’s title in this language.");
        assertThat(empty.html().select("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(empty.html().select("#section-alpha").val()).isEqualTo("Alpha auf Deutsch");

        Browser.Page tooLong = save(author, DE, "P".repeat(201), "A".repeat(201), "", version);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.html().select("#title-errors").text())
                .isEqualTo("Title: at most 200 characters (this one has 201).");
        assertThat(tooLong.html().select("#section-alpha-errors").text())
                .isEqualTo("Section title: at most 200 characters (this one has 201).");
        assertThat(save(author, DE, "P".repeat(200), "", "", version).status()).isEqualTo(303);
        versions++;

        Browser.Page twoLines = save(author, DE, "Prüfung\nQuiz", "", "",
                author.get(DE).html().select("input[name=version]").val());
        assertThat(twoLines.status()).isEqualTo(422);
        assertThat(twoLines.html().select("#title-errors").text())
                .isEqualTo("Title: one line, without line breaks or control characters.");

        Browser.Page unknownSection = author.postFields(DE, List.of(Map.entry("title", "Prüfung Quiz"),
                Map.entry("section", "gamma"), Map.entry("sectionTitle", "Gamma")));
        assertThat(unknownSection.status()).isEqualTo(422);
        assertThat(unknownSection.html().select("#sections-errors").text())
                .isEqualTo("Sections: the exam has no section “gamma” any more; open the titles again.");

        Browser.Page badTag = save(author, OVERVIEW + "/de_DE/title", "Prüfung Quiz", "", "", "none");
        assertThat(badTag.status()).isEqualTo(422);
        assertThat(badTag.text()).contains("Language: “de_DE” is not a valid BCP 47 tag");
        Browser.Page english = save(author, OVERVIEW + "/en/title", "Quiz exam", "", "", "none");
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.text()).contains("Language: “en” is the language of the source");
        assertThat(author.get(OVERVIEW + "/en/title").status()).isEqualTo(422);

        Browser.Page addBadTag = author.get(OVERVIEW + "/title?language=de_DE");
        assertThat(addBadTag.status()).isEqualTo(422);
        assertThat(addBadTag.html().select("#language-errors").text()).startsWith("Language: “de_DE” is not a valid");
        assertThat(addBadTag.html().select("#language").attr("aria-invalid")).isEqualTo("true");
        assertThat(addBadTag.html().select("#language").val()).isEqualTo("de_DE");
        Browser.Page addBrazilian = author.get(OVERVIEW + "/title?language=pt-BR");
        assertThat(addBrazilian.status()).isEqualTo(303);
        assertThat(addBrazilian.location()).isEqualTo(OVERVIEW + "/pt-BR/title");
        assertThat(author.get(addBrazilian.location()).html().select("h1").text())
                .isEqualTo("Translate the titles of “Exam quiz” into Portuguese (Brazil)");

        assertThat(versions()).isEqualTo(versions);
        assertThat(stored("de").title()).isEqualTo("P".repeat(200));
        assertThat(stored("de_DE")).isNull();
        assertThat(stored("en")).isNull();
        assertThat(author.get("/authoring/exams/nowhere/translations/de/title").status()).isEqualTo(404);
    }

    @Test
    void theSecondOfTwoAuthorsSavingFromTheSameVersionGetsA409WithTheirValuesKept() {
        Browser other = signedIn(fixtures.user("Olga Otherauthor", Role.AUTHOR).email(), "en");
        String first = author.get(DE).html().select("input[name=version]").val();
        String second = other.get(DE).html().select("input[name=version]").val();
        assertThat(second).isEqualTo(first);

        assertThat(save(author, DE, "Prüfung Quiz", "", "", first).status()).isEqualTo(303);
        int versions = versions();
        Browser.Page conflict = save(other, DE, "Quiz-Prüfung", "Alpha-Teil", "", second);

        assertThat(conflict.status()).isEqualTo(409);
        Document page = conflict.html();
        assertThat(page.select("#titles-conflict").text()).startsWith("Another author saved the titles in this language");
        assertThat(page.select("#title").val()).isEqualTo("Quiz-Prüfung");
        assertThat(page.select("#section-alpha").val()).isEqualTo("Alpha-Teil");
        String now = page.select("input[name=version]").val();
        assertThat(now).isNotEqualTo(second);
        assertThat(stored("de").title()).isEqualTo("Prüfung Quiz");
        assertThat(versions()).isEqualTo(versions);

        assertThat(save(other, DE, "Quiz-Prüfung", "Alpha-Teil", "", now).status()).isEqualTo(303);
        assertThat(stored("de").title()).isEqualTo("Quiz-Prüfung");
        assertThat(save(author, DE, "Prüfung Quiz", "", "", first).status()).isEqualTo(409);
    }

    @Test
    void aRefusedSaveOverAnotherAuthorsTitlesShowsWhatTheySavedBesideEachField() {
        String italian = OVERVIEW + "/it/title";
        Browser other = signedIn(fixtures.user("Ottavia Altra", Role.AUTHOR).email(), "en");
        String opened = author.get(italian).html().select("input[name=version]").val();
        other.get(italian);
        assertThat(save(other, italian, "Esame quiz", "", "Parte beta", opened).status()).isEqualTo(303);

        Document page = save(author, italian, "Quiz d’esame", "Parte alfa", "", opened).html();

        assertThat(page.select("#title").val()).isEqualTo("Quiz d’esame");
        assertThat(page.select("#title-theirs").text()).isEqualTo("Saved now by the other author: Esame quiz");
        assertThat(page.select("#title-theirs span[lang=it]").text()).isEqualTo("Esame quiz");
        assertThat(page.select("#section-alpha-theirs").text())
                .isEqualTo("Saved now by the other author: nothing (the English title is shown)");
        assertThat(page.select("#section-beta-theirs").text()).isEqualTo("Saved now by the other author: Parte beta");
        assertThat(author.get(italian).html().select(".theirs")).isEmpty();
    }

    @Test
    void theExportedTitleFileReadsBackAsTheSavedTranslation() throws IOException {
        author.get(DE);
        assertThat(save(author, DE, "Prüfung: „Quiz“ # 1", "Alpha: der Anfang", "'Beta' – zweiter Teil", "none")
                .status()).isEqualTo(303);
        author.get(OVERVIEW + "/fr/title");
        assertThat(save(author, OVERVIEW + "/fr/title", "Examen quiz", "", "Bêta", "none").status()).isEqualTo(303);
        author.get(OVERVIEW);

        Browser.Download zip = author.download(OVERVIEW + "/export.zip");

        assertThat(zip.status()).isEqualTo(200);
        Map<String, String> files = unzip(zip.bytes());
        assertThat(files).containsKeys("quiz/exam.de.yaml", "quiz/exam.fr.yaml");
        Files.writeString(unpacked.resolve("exam.de.yaml"), files.get("quiz/exam.de.yaml"));
        Files.writeString(unpacked.resolve("exam.fr.yaml"), files.get("quiz/exam.fr.yaml"));
        Problems problems = new Problems();
        List<ExamSpec.TitleTranslation> read = new ExamTitleReader(problems).readAll(unpacked, "quiz",
                publisher.current("quiz").orElseThrow().blueprint());
        assertThat(problems.sorted()).isEmpty();
        assertThat(read).containsExactly(stored("de"), stored("fr"));
        assertThat(stored("de")).isEqualTo(new ExamSpec.TitleTranslation("de", "Prüfung: „Quiz“ # 1",
                Map.of("alpha", "Alpha: der Anfang", "beta", "'Beta' – zweiter Teil"), fingerprint()));
    }

    private Browser.Page save(Browser browser, String path, String title, String alpha, String beta, String version) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("title", title),
                Map.entry("section", "alpha"), Map.entry("sectionTitle", alpha),
                Map.entry("section", "beta"), Map.entry("sectionTitle", beta)));
        if (version != null) {
            fields.add(Map.entry("version", version));
        }
        return browser.postFields(path, fields);
    }

    private ExamSpec.TitleTranslation stored(String language) {
        return publisher.current("quiz").orElseThrow().titles().stream().filter(t -> t.language().equals(language))
                .findFirst().orElse(null);
    }

    private int versions() {
        return publisher.history("quiz", "a1").size();
    }

    private void rewrite(String from, String to) throws IOException {
        Path file = exams.resolve("quiz/exam.yaml");
        Files.writeString(file, Files.readString(file).replace(from, to));
        examImporter.importTree(exams);
    }

    private String fingerprint() {
        ExamSpec quiz = ExamTree.read(exams, null).exams().stream().filter(e -> e.id().equals("quiz")).findFirst()
                .orElseThrow();
        return ExamSpec.titleFingerprint(quiz.title(), quiz.blueprint());
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private Browser signedIn(String email, String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        assertThat(browser.login(email, Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
