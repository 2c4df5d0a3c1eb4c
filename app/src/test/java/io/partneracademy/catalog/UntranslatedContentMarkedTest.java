package io.partneracademy.catalog;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ContentTree;
import io.partneracademy.search.SearchSync;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.QuizFixture;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Course text a reader's language has no translation for is shown in its source marked with the source's language
 * ({@code lang="en"} inside a {@code lang="ja"} page) and, for a whole course, with a note saying so; translated text
 * carries no {@code lang} of its own.
 */
@MicronautTest(transactional = false)
class UntranslatedContentMarkedTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter importer;
    @Inject
    SearchSync search;

    @BeforeEach
    void importIntroTranslatedIntoJapaneseAndFieldNotesUntranslated() {
        ContentFixture content = ContentFixture.create();
        ContentTree tree = ContentTree.read(content.root());
        CourseSpec intro = tree.courses().stream().filter(c -> c.id().equals("intro")).findFirst().orElseThrow();
        content.write("courses/intro/course.ja.yaml", """
                title: はじめに
                summary: 誰もがここから始めます。
                source: %s
                modules:
                  - id: first
                    title: 最初の一歩
                """.formatted(SourceFingerprint.of(intro)));
        content.write("courses/intro/welcome.ja.md", "---\ntitle: ようこそ\nobjectives:\n  - ようこそを理解する\nsource: "
                + SourceFingerprint.of(intro.lessons().get(0)) + "\n---\n# ようこそ\n\n本文。\n");
        content.write(QuizFixture.FILE, QuizFixture.TEXT);
        content.write("courses/field-notes/course.yaml", """
                id: field-notes
                title: Field Notes
                summary: Notes from partners in the field.
                modules:
                  - id: notes
                    title: Notes module
                    lessons: [first-note, second-note]
                """);
        content.write("courses/field-notes/first-note.md", ContentFixture.lesson("First note", "# First\n\nText.\n"));
        content.write("courses/field-notes/second-note.md", ContentFixture.lesson("Second note", "# Second\n\nText.\n"));
        importer.importTree(content.root(), null);
        search.syncNow();
    }

    @Test
    void aJapaneseReaderSeesAnUntranslatedCourseMarkedEnglishOnTheCourseListAndATranslatedOneUnmarked() {
        Browser reader = signedIn(fixtures.user("Kenji Reader", Role.LEARNER), "ja");

        Document list = reader.get("/courses").html();

        assertThat(list.select("html").attr("lang")).isEqualTo("ja");
        Element untranslated = card(list, "field-notes");
        assertThat(untranslated.select("a.title").attr("lang")).isEqualTo("en");
        assertThat(untranslated.select("a.title").text()).isEqualTo("Field Notes");
        assertThat(untranslated.select("p.muted").first().attr("lang")).isEqualTo("en");
        assertThat(untranslated.select("progress").attr("lang")).isEqualTo("en");
        Element translated = card(list, "intro");
        assertThat(translated.select("a.title").text()).isEqualTo("はじめに");
        assertThat(translated.select("[lang]")).isEmpty();
    }

    @Test
    void theCoursePageOfAnUntranslatedCourseIsMarkedEnglishAndSaysItIsShownInTheOriginal() {
        Browser reader = signedIn(fixtures.user("Kenji Reader", Role.LEARNER), "ja");

        Document course = reader.get("/courses/field-notes").html();

        assertThat(course.select("h1").attr("lang")).isEqualTo("en");
        assertThat(course.select("p.lead").attr("lang")).isEqualTo("en");
        assertThat(course.select("section.course h2").attr("lang")).isEqualTo("en");
        assertThat(course.select("ol.lessons a").eachAttr("lang")).containsExactly("en", "en");
        assertThat(course.select("#content-fallback").text())
                .isEqualTo("このコースはまだ日本語に翻訳されていないため、原文（英語）で表示しています。");
    }

    @Test
    void aTranslatedCourseMarksOnlyItsUntranslatedLessonAndItsEnglishQuizTitleInsideTheJapaneseLink() {
        Browser reader = signedIn(fixtures.user("Kenji Reader", Role.LEARNER), "ja");

        Document course = reader.get("/courses/intro").html();

        assertThat(course.select("h1").text()).isEqualTo("はじめに");
        assertThat(course.select("h1, p.lead, section.course h2").eachAttr("lang")).isEmpty();
        assertThat(course.select("#content-fallback")).isEmpty();
        assertThat(course.select("ol.lessons li:not(.activity) a").eachText())
                .containsExactly("ようこそ", "Second lesson");
        assertThat(course.select("ol.lessons a[lang=en]").eachText()).containsExactly("Second lesson");
        Element check = course.select("li.activity a").first();
        assertThat(check.text()).isEqualTo("理解度チェック: First steps check");
        assertThat(check.select("span[lang=en]").text()).isEqualTo("First steps check");
        assertThat(check.attr("lang")).isEmpty();
    }

    @Test
    void aQuizWhichIsNeverTranslatedIsMarkedEnglishWithTheNoteInsideItsTranslatedCourse() {
        Browser reader = signedIn(fixtures.user("Kenji Reader", Role.LEARNER), "ja");
        String href = reader.get("/courses/intro").html().select("li.activity a").attr("href");

        Document quiz = reader.get(href).html();
        reader.post(href + "/start", Map.of());
        Document question = reader.get(href + "/questions/1").html();

        assertThat(quiz.select("h1").attr("lang")).isEqualTo("en");
        assertThat(quiz.select("#content-fallback").text())
                .isEqualTo("この理解度チェックはまだ日本語に翻訳されていないため、原文（英語）で表示しています。");
        Element back = quiz.select("section.quiz > p:first-child a").first();
        assertThat(back.text()).isEqualTo("はじめに に戻る");
        assertThat(back.select("[lang]")).isEmpty();
        assertThat(question.select("#stem").attr("lang")).isEqualTo("en");
    }

    @Test
    void theLessonOutlineBreadcrumbAndPagerMarkEnglishTitlesForAJapaneseReader() {
        Browser reader = signedIn(fixtures.user("Kenji Reader", Role.LEARNER), "ja");

        Document welcome = reader.get("/courses/intro/lessons/welcome").html();
        Document note = reader.get("/courses/field-notes/lessons/first-note").html();

        assertThat(welcome.select("nav.crumbs a").attr("lang")).isEmpty();
        assertThat(welcome.select("details.outline strong[aria-current]").attr("lang")).isEmpty();
        assertThat(welcome.select("details.outline a").attr("lang")).isEqualTo("en");
        assertThat(welcome.select("a[rel=next]").attr("lang")).isEqualTo("en");
        assertThat(note.select("nav.crumbs a").attr("lang")).isEqualTo("en");
        assertThat(note.select("nav.crumbs a").text()).isEqualTo("Field Notes");
        assertThat(note.select("details.outline [lang=en]").eachText()).containsExactly("First note", "Second note");
        assertThat(note.select("progress").attr("lang")).isEqualTo("en");
    }

    @Test
    void anUntranslatedPathIsMarkedEnglishWithTheNoteWhileItsTranslatedCourseIsNot() {
        Browser reader = signedIn(fixtures.user("Kenji Reader", Role.LEARNER), "ja");

        Document paths = reader.get("/paths").html();
        Document basics = reader.get("/paths/basics").html();

        assertThat(paths.select("a[href=/paths/basics]").attr("lang")).isEqualTo("en");
        assertThat(paths.select("li.path-card:has(h2 a[href=/paths/basics]) p[lang=en]").text()).isEqualTo("The basics.");
        assertThat(basics.select("h1").attr("lang")).isEqualTo("en");
        assertThat(basics.select("p.lead").attr("lang")).isEqualTo("en");
        assertThat(basics.select("#content-fallback").text())
                .isEqualTo("この認定パスはまだ日本語に翻訳されていないため、原文（英語）で表示しています。");
        assertThat(basics.select("li.course-card a.title").text()).isEqualTo("はじめに");
        assertThat(basics.select("li.course-card [lang], .missing [lang]")).isEmpty();
    }

    @Test
    void theHomePagesContinueCardAndPathBarMarkTheEnglishCourseLessonAndPathInsideTheJapanesePage() {
        Browser reader = signedIn(fixtures.user("Kenji Reader", Role.LEARNER), "ja");
        reader.get("/courses/field-notes");
        reader.post("/courses/field-notes/enrol", Map.of());
        reader.get("/courses/field-notes/lessons/first-note");

        Document home = reader.get("/").html();
        Element card = home.selectFirst("#home-continue");

        assertThat(card.select("a.button").text()).isEqualTo("続ける: First note");
        assertThat(card.select("a.button span[lang=en]").text()).isEqualTo("First note");
        assertThat(card.select("p.muted span[lang=en]").text()).isEqualTo("Field Notes");
        assertThat(card.select("progress").attr("lang")).isEqualTo("en");
        // the path's bar is labelled with its English title: a screen reader must read it as English
        assertThat(home.select("#home-path a[href^=/paths/]").attr("lang")).isEqualTo("en");
        assertThat(home.select("#home-path progress").attr("aria-label")).isEqualTo("Basics Path");
        assertThat(home.select("#home-path progress").attr("lang")).isEqualTo("en");
    }

    @Test
    void aLibraryHitNamesItsEnglishCourseMarkedEnglishUnderTheLessonForAJapaneseReaderAndUnmarkedForAnEnglishOne() {
        Browser japanese = signedIn(fixtures.user("Kenji Reader", Role.LEARNER), "ja");
        Browser english = signedIn(fixtures.user("Erin Reader", Role.LEARNER), "en");

        Element hit = lessonHit(japanese.get("/library?q=first+note&kind=lesson").html(), "first-note");
        Element englishHit = lessonHit(english.get("/library?q=first+note&kind=lesson").html(), "first-note");

        assertThat(hit.select("span.muted").text()).isEqualTo("Field Notes");
        assertThat(hit.select("span.muted").attr("lang")).isEqualTo("en");
        assertThat(hit.select("a.hit-title").attr("lang")).isEqualTo("en");
        assertThat(hit.select(".badge").text()).isEqualTo("レッスン");
        assertThat(englishHit.select("span.muted").text()).isEqualTo("Field Notes");
        assertThat(englishHit.select("[lang]")).isEmpty();
        assertThat(englishHit.select(".badge").text()).isEqualTo("Lesson");
    }

    @Test
    void anEnglishReaderOfTheSameCoursesGetsNoLanguageMarksAndNoNote() {
        Browser reader = signedIn(fixtures.user("Erin Reader", Role.LEARNER), "en");

        Document list = reader.get("/courses").html();
        Document course = reader.get("/courses/field-notes").html();

        assertThat(list.select("section [lang]")).isEmpty();
        assertThat(course.select("section [lang]")).isEmpty();
        assertThat(course.select("#content-fallback")).isEmpty();
    }

    private static Element lessonHit(Document page, String lessonId) {
        Element hit = page.select("li.hit:has(a.hit-title[href$='/lessons/" + lessonId + "'])").first();
        assertThat(hit).as("hit for lesson %s in %s", lessonId, page.select("main").text()).isNotNull();
        return hit;
    }

    private static Element card(Document page, String courseId) {
        return page.select("li.course-card:has(a[href=/courses/" + courseId + "])").first();
    }

    private Browser signedIn(UserSummary user, String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
