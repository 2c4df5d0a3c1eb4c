package io.partneracademy.catalog;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ContentTree;
import io.partneracademy.authoring.CourseExport;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
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
 * Learners read a lesson in their language where it is translated and the source elsewhere, with the fallback shown;
 * progress is one per lesson whatever the language; a translation whose source changed is outdated for authors and
 * marked for learners.
 */
@MicronautTest(transactional = false)
class TranslatedLessonsTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter importer;
    @Inject
    CourseExport export;

    @Test
    void aJapaneseReaderGetsTheTranslationOrTheSourceMarkedAndFinishingItFinishesTheLesson() {
        ContentFixture content = translated(ContentFixture.create());
        importer.importTree(content.root(), null);
        Browser learner = signedIn(fixtures.user("Haruka Reader", Role.LEARNER), "ja");

        Document course = learner.get("/courses/intro").html();
        Document welcome = learner.get("/courses/intro/lessons/welcome").html();
        Document second = learner.get("/courses/intro/lessons/second-lesson").html();

        assertThat(course.select("h1").text()).isEqualTo("はじめに");
        assertThat(course.text()).contains("最初の一歩", "ようこそ", "Second lesson");
        assertThat(welcome.select("article.lesson-body").attr("lang")).isEqualTo("ja");
        assertThat(welcome.select("article.lesson-body h1").text()).isEqualTo("ようこそ");
        assertThat(welcome.select("#content-fallback, #content-outdated")).isEmpty();
        assertThat(welcome.select("article.lesson-body a").attr("href")).isEqualTo("/courses/intro/lessons/second-lesson");
        assertThat(second.select("article.lesson-body").attr("lang")).isEqualTo("en");
        assertThat(second.select("#content-fallback").text())
                .isEqualTo("このレッスンはまだ日本語に翻訳されていないため、原文（英語）で表示しています。");

        learner.get("/courses/intro/lessons/welcome");
        learner.post("/courses/intro/lessons/welcome/complete", Map.of());
        learner.setCookie("pa_lang", "en");
        Document inEnglish = learner.get("/courses/intro").html();
        assertThat(inEnglish.select("h1").text()).isEqualTo("Introduction");
        assertThat(inEnglish.text()).contains("1 of 2");
    }

    @Test
    void whenTheSourceChangesTheTranslationIsOutdatedForAuthorsAndMarkedForLearners() {
        ContentFixture content = translated(ContentFixture.create());
        importer.importTree(content.root(), null);
        Browser author = signedIn(fixtures.user("Ada Author", Role.AUTHOR), "en");
        Document before = author.get("/authoring/courses/intro/translations").html();
        assertThat(before.select("#row-welcome td[data-language=ja]").text()).isEqualTo("current");
        assertThat(before.select("#row-second-lesson td[data-language=ja]").text()).isEqualTo("missing");
        assertThat(before.select("#row-welcome td[data-language=de]").text()).isEqualTo("missing");

        content.replace("courses/intro/welcome.md", "Read the", "First read the");
        importer.importTree(content.root(), null);

        Document after = author.get("/authoring/courses/intro/translations").html();
        assertThat(after.select("#row-welcome td[data-language=ja]").text()).isEqualTo("outdated");
        assertThat(after.select("#row-intro td[data-language=ja]").text()).isEqualTo("current");
        Browser learner = signedIn(fixtures.user("Kaito Reader", Role.LEARNER), "ja");
        Document welcome = learner.get("/courses/intro/lessons/welcome").html();
        assertThat(welcome.select("article.lesson-body h1").text()).isEqualTo("ようこそ");
        assertThat(welcome.select("#content-outdated").text())
                .isEqualTo("原文（英語）はこの翻訳の作成後に更新されています。一部の内容が古い可能性があります。");
    }

    @Test
    void anExportedCourseKeepsItsTranslationFilesAndReimportsAsANoOp() throws IOException {
        ContentFixture content = translated(ContentFixture.create());
        importer.importTree(content.root(), null);
        Path root = Files.createTempDirectory("pa-translated-export");

        unzip(export.zip("intro"), root);
        Files.createDirectories(root.resolve("paths"));
        Files.copy(content.root().resolve("paths/basics.yaml"), root.resolve("paths/basics.yaml"));
        Files.copy(content.root().resolve("paths/advanced.yaml"), root.resolve("paths/advanced.yaml"));
        unzip(export.zip("silver-only"), root);

        assertThat(root.resolve("courses/intro/course.ja.yaml")).isRegularFile();
        assertThat(Files.readString(root.resolve("courses/intro/welcome.ja.md"))).contains("title: ようこそ", "# ようこそ");
        assertThat(importer.importTree(root, null).coursesChanged()).isZero();
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

    private static ContentFixture translated(ContentFixture fixture) {
        ContentTree tree = ContentTree.read(fixture.root());
        CourseSpec intro = tree.courses().stream().filter(c -> c.id().equals("intro")).findFirst().orElseThrow();
        fixture.write("courses/intro/course.ja.yaml", """
                title: はじめに
                summary: 誰もがここから始めます。
                source: %s
                modules:
                  - id: first
                    title: 最初の一歩
                """.formatted(SourceFingerprint.of(intro)));
        fixture.write("courses/intro/welcome.ja.md", "---\ntitle: ようこそ\nobjectives:\n  - ようこそを理解する\nsource: "
                + SourceFingerprint.of(intro.lessons().get(0))
                + "\n---\n# ようこそ\n\n[次のレッスン](second-lesson.md)を読んでください。\n");
        return fixture;
    }

    private Browser signedIn(UserSummary user, String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
