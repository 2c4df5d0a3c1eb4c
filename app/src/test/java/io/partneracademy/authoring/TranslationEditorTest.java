package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.catalog.CatalogPublisher;
import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The translation editor over HTTP: a save publishes the translation where learners, the translations page and the
 * export read it; a text the importer would refuse, or a language that is not one, is a 422 that says what and where,
 * and nothing is published.
 */
@MicronautTest(transactional = false)
class TranslationEditorTest extends DatabaseTest {

    private static final String COURSE_DE = course("de");
    private static final String WELCOME_DE = welcome("de");
    private static final String COURSE_TEXT = """
            title: Einführung
            summary: Hier fangen alle an.
            source: %s
            modules:
              - id: first
                title: Erste Schritte
            """;

    private static final String FRENCH_COURSE = """
            title: Introduction
            summary: Là où tout le monde commence.
            source: %s
            """;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter importer;
    @Inject
    CatalogPublisher publisher;
    @Inject
    CourseExport export;

    private ContentFixture content;
    private Browser translator;

    @BeforeEach
    void importContent() {
        content = ContentFixture.create();
        importer.importTree(content.root(), null);
        translator = signedIn(fixtures.user("Tina Translator", Role.AUTHOR).email(), "en");
        translator.get("/authoring/courses/intro/translations");
    }

    @Test
    void aSavedTranslationIsWhatLearnersReadAndTheOverviewAndTheExportShow() throws IOException {
        Document missing = translator.get(WELCOME_DE).html();
        assertThat(missing.select("#translation-state strong").text()).isEqualTo("missing");
        assertThat(missing.select("#course-first").text()).contains("Translate the course text first");
        assertThat(missing.select("#source-text").attr("lang")).isEqualTo("en");
        assertThat(missing.select("#translation-text").attr("lang")).isEqualTo("de");
        assertThat(missing.select("#translation-text").text()).contains("title: Welcome", "source: " + welcomeFingerprint());

        assertThat(translator.post(COURSE_DE, Map.of("text", COURSE_TEXT.formatted(courseFingerprint()))).status())
                .isEqualTo(303);
        Browser.Page saved = translator.post(WELCOME_DE, Map.of("text", germanWelcome(welcomeFingerprint())
                .replace("\n", "\r\n")));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo(WELCOME_DE);
        Document after = translator.get(WELCOME_DE).html();
        assertThat(after.select(".flash").text()).isEqualTo("Translation saved (de). Learners reading this language get it now.");
        assertThat(after.select("#translation-state strong").text()).isEqualTo("current");
        assertThat(after.select("#next-text").text()).isEqualTo("Next to translate: Second lesson (missing)");
        Document overview = translator.get("/authoring/courses/intro/translations").html();
        assertThat(overview.select("#row-welcome td[data-language=de]").text()).isEqualTo("current");
        assertThat(overview.select("#row-intro td[data-language=de]").text()).isEqualTo("current");
        assertThat(overview.select("#row-welcome td[data-language=de] a").attr("href")).isEqualTo(WELCOME_DE);
        Browser learner = signedIn(fixtures.user("Lena Lernende", Role.LEARNER).email(), "de");
        Document lesson = learner.get("/courses/intro/lessons/welcome").html();
        assertThat(lesson.select("article.lesson-body").attr("lang")).isEqualTo("de");
        assertThat(lesson.select("article.lesson-body h1").text()).isEqualTo("Willkommen");
        assertThat(lesson.select("article.lesson-body a").attr("href")).isEqualTo("/courses/intro/lessons/second-lesson");
        Path root = Files.createTempDirectory("pa-editor-export");
        unzip(export.zip("intro"), root);
        assertThat(Files.readString(root.resolve("courses/intro/welcome.de.md")))
                .isEqualTo(germanWelcome(welcomeFingerprint()));
        assertThat(Files.readString(root.resolve("courses/intro/course.de.yaml"))).contains("title: Einführung");
    }

    @Test
    void anOutdatedTranslationShowsBothFingerprintsAndBecomesCurrentOnlyWhenTheTranslatorSaysSo() {
        String welcomeFr = welcome("fr");
        translator.post(course("fr"), Map.of("text", FRENCH_COURSE.formatted(courseFingerprint())));
        String before = welcomeFingerprint();
        translator.post(welcomeFr, Map.of("text", frenchWelcome(before)));
        content.replace("courses/intro/welcome.md", "Read the", "First read the");
        content.write("courses/intro/welcome.fr.md", frenchWelcome(before));
        content.write("courses/intro/course.fr.yaml", FRENCH_COURSE.formatted(courseFingerprint()));
        importer.importTree(content.root(), null);
        String now = welcomeFingerprint();

        Document outdated = translator.get(welcomeFr).html();
        translator.post(welcomeFr, Map.of("text", frenchWelcome(before).replace("Lisez", "Lisez d’abord")));
        Document typoFixed = translator.get(welcomeFr).html();
        translator.post(welcomeFr, Map.of("text", frenchWelcome(before).replace("Lisez", "Lisez d’abord"), "current", "1"));
        Document current = translator.get(welcomeFr).html();

        assertThat(now).isNotEqualTo(before);
        assertThat(outdated.select("#translation-state").text()).isEqualTo("outdated: the source changed after this "
                + "translation was made (it names " + before + ", the source is now " + now
                + "). Learners still get it, with a note.");
        assertThat(outdated.select("#source-changes li").eachText()).containsExactly(
                "Removed, line 17: Read the [second lesson](second-lesson.md) next, see ![diagram](images/diagram.svg).",
                "Added, line 17: First read the [second lesson](second-lesson.md) next, see ![diagram](images/diagram.svg).");
        assertThat(outdated.select("#source-text").text()).contains("First read the");
        assertThat(outdated.select("#mark-current")).hasSize(1);
        assertThat(outdated.select("label[for=mark-current]").text()).contains(now);
        assertThat(typoFixed.select("#translation-state strong").text()).isEqualTo("outdated");
        assertThat(current.select("#translation-state strong").text()).isEqualTo("current");
        assertThat(current.select("#translation-text").text()).contains("source: " + now, "Lisez d’abord");
    }

    @Test
    void brokenFrontMatterIsA422WithFileAndLineAndNothingIsPublished() {
        translator.post(course("ja"), Map.of("text", COURSE_TEXT.formatted(courseFingerprint())));
        int version = version();

        Browser.Page unclosed = translator.post(welcome("ja"), Map.of("text",
                "---\ntitle: Willkommen\nobjectives:\n  - Ankommen\nsource: " + welcomeFingerprint() + "\n# Willkommen\n"));
        Browser.Page badYaml = translator.post(welcome("ja"), Map.of("text",
                "---\ntitle: [Willkommen\nobjectives:\n  - Ankommen\nsource: " + welcomeFingerprint() + "\n---\n# W\n"));
        Browser.Page noTitle = translator.post(welcome("ja"), Map.of("text",
                "---\nobjectives:\n  - Ankommen\nsource: " + welcomeFingerprint() + "\n---\n# Willkommen\n"));

        assertThat(unclosed.status()).isEqualTo(422);
        assertThat(unclosed.html().select("#translation-problems li").eachText())
                .containsExactly("courses/intro/welcome.ja.md:1: the YAML header is not closed with a '---' line");
        assertThat(unclosed.html().select("#text-errors").text())
                .isEqualTo("This text has problems; each is listed above with its line.");
        assertThat(unclosed.html().select("#translation-text").attr("aria-invalid")).isEqualTo("true");
        assertThat(unclosed.html().select("#translation-text").text()).contains("# Willkommen");
        assertThat(badYaml.status()).isEqualTo(422);
        assertThat(badYaml.html().select("#translation-problems li").text()).isEqualTo(
                "courses/intro/welcome.ja.md:3: invalid YAML: expected ',' or ']', but got :");
        assertThat(noTitle.status()).isEqualTo(422);
        assertThat(noTitle.html().select("#translation-problems li").text()).contains("welcome.ja.md:", "title");
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void aLessonBeforeTheCourseTextOrLeftInTheSourceLanguageIsRefused() {
        int version = version();

        Browser.Page beforeCourse = translator.post(welcome("es"), Map.of("text", germanWelcome(welcomeFingerprint())));
        translator.post(course("es"), Map.of("text", COURSE_TEXT.formatted(courseFingerprint())));
        Browser.Page untranslated = translator.post(welcome("es"), Map.of("text",
                translator.get(welcome("es")).html().select("#translation-text").val()));

        assertThat(beforeCourse.status()).isEqualTo(422);
        assertThat(beforeCourse.html().select("#translation-problems li").eachText()).containsExactly(
                "courses/intro/welcome.es.md:1: the course's own title and summary are not translated into 'es' yet: "
                        + "translate course.es.yaml first");
        assertThat(untranslated.status()).isEqualTo(422);
        assertThat(untranslated.html().select("#translation-problems li").eachText()).containsExactly(
                "courses/intro/welcome.es.md:1: this is still the source text: translate it before saving");
        assertThat(version()).isEqualTo(version + 1);
    }

    @Test
    void aLanguageThatIsNotOneIsA422NamingTheLanguage() {
        int version = version();

        Browser.Page invalid = translator.post("/authoring/courses/intro/translations/de_DE/course",
                Map.of("text", COURSE_TEXT.formatted(courseFingerprint())));
        Browser.Page unknown = translator.post("/authoring/courses/intro/translations/xq/course",
                Map.of("text", COURSE_TEXT.formatted(courseFingerprint())));
        Browser.Page source = translator.post("/authoring/courses/intro/translations/en/course",
                Map.of("text", COURSE_TEXT.formatted(courseFingerprint())));
        Browser.Page page = translator.get("/authoring/courses/intro/translations/de_DE/lessons/welcome");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.text()).contains("Language: “de_DE” is not a valid BCP 47 tag of a known language");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text()).contains("Language: “xq” is not a valid BCP 47 tag");
        assertThat(source.status()).isEqualTo(422);
        assertThat(source.text()).contains("Language: “en” is the language of the source");
        assertThat(page.status()).isEqualTo(422);
        assertThat(version()).isEqualTo(version);
        assertThat(translator.get("/authoring/courses/intro/translations/de/lessons/no-such-lesson").status())
                .isEqualTo(404);
    }

    @Test
    void theSecondOfTwoTranslatorsSavingTheSameTextGetsA409WithTheirTextKept() {
        String italian = course("it");
        Browser other = signedIn(fixtures.user("Otto Othertranslator", Role.AUTHOR).email(), "en");
        String first = translator.get(italian).html().select("input[name=version]").val();
        String second = other.get(italian).html().select("input[name=version]").val();
        assertThat(first).isEqualTo("none").isEqualTo(second);
        String mine = COURSE_TEXT.formatted(courseFingerprint()).replace("Einführung", "Introduzione");
        String theirs = COURSE_TEXT.formatted(courseFingerprint()).replace("Einführung", "Introduzione al corso");
        assertThat(translator.post(italian, Map.of("text", mine, "version", first)).status()).isEqualTo(303);
        int versions = version();

        Browser.Page conflict = other.post(italian, Map.of("text", theirs, "version", second));

        assertThat(conflict.status()).isEqualTo(409);
        Document page = conflict.html();
        assertThat(page.select("#translation-conflict").text()).startsWith("Another translator saved this text");
        assertThat(page.select("#translation-text").text()).contains("title: Introduzione al corso");
        String now = page.select("input[name=version]").val();
        assertThat(now).isNotEqualTo("none");
        assertThat(version()).isEqualTo(versions);
        assertThat(intro().translations().stream().filter(t -> t.language().equals("it")).findFirst().orElseThrow()
                .title()).isEqualTo("Introduzione");
        assertThat(other.post(italian, Map.of("text", theirs, "version", now)).status()).isEqualTo(303);
        assertThat(intro().translations().stream().filter(t -> t.language().equals("it")).findFirst().orElseThrow()
                .title()).isEqualTo("Introduzione al corso");
        assertThat(translator.get(italian).html().select("input[name=version]").val()).isNotEqualTo(now);
    }

    @Test
    void aRefusedSaveOverAnotherTranslatorsShowsTheTextTheySavedBesideTheOneTyped() {
        String portuguese = course("pt");
        Browser other = signedIn(fixtures.user("Otto Othertranslator", Role.AUTHOR).email(), "en");
        String opened = translator.get(portuguese).html().select("input[name=version]").val();
        other.get(portuguese);
        String theirs = COURSE_TEXT.formatted(courseFingerprint()).replace("Einführung", "Introdução");
        assertThat(other.post(portuguese, Map.of("text", theirs, "version", opened)).status()).isEqualTo(303);
        String mine = COURSE_TEXT.formatted(courseFingerprint()).replace("Einführung", "Introdução ao curso");

        Document page = translator.post(portuguese, Map.of("text", mine, "version", opened)).html();

        assertThat(page.select("#their-text pre").attr("lang")).isEqualTo("pt");
        assertThat(page.select("#their-text pre").text()).contains("title: Introdução").doesNotContain("ao curso");
        assertThat(page.select("#translation-text").text()).contains("title: Introdução ao curso");
        assertThat(translator.get(portuguese).html().select("#their-text")).isEmpty();
    }

    private static String course(String language) {
        return "/authoring/courses/intro/translations/" + language + "/course";
    }

    private static String welcome(String language) {
        return "/authoring/courses/intro/translations/" + language + "/lessons/welcome";
    }

    private int version() {
        return publisher.published().stream().filter(c -> c.id().equals("intro")).findFirst().orElseThrow().version();
    }

    private String courseFingerprint() {
        return SourceFingerprint.of(intro());
    }

    private String welcomeFingerprint() {
        return SourceFingerprint.of(intro().lessons().get(0));
    }

    private CourseSpec intro() {
        return publisher.current("intro").orElseThrow();
    }

    private static String germanWelcome(String source) {
        return "---\ntitle: Willkommen\nobjectives:\n  - Willkommen verstehen\nsource: " + source + "\n---\n"
                + "# Willkommen\n\nLies die [zweite Lektion](second-lesson.md) als Nächstes.\n";
    }

    private static String frenchWelcome(String source) {
        return "---\ntitle: Bienvenue\nobjectives:\n  - Comprendre l’accueil\nsource: " + source + "\n---\n"
                + "# Bienvenue\n\nLisez ensuite la [deuxième leçon](second-lesson.md).\n";
    }

    private static void unzip(byte[] zip, Path root) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = root.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                Files.copy(in, file);
            }
        }
    }

    private Browser signedIn(String email, String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        assertThat(browser.login(email, Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
