package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class BrowserAuthoringTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter importer;
    @Inject
    CourseExport export;

    Browser author;
    Browser learner;
    ContentFixture fixture;

    @BeforeAll
    void signIn() {
        fixture = ContentFixture.create();
        importer.importTree(fixture.root(), null);
        UserSummary a = fixtures.user("Ada Author", Role.AUTHOR);
        author = new Browser(server.getURI());
        author.login(a.email(), Fixtures.PASSWORD);
        UserSummary l = fixtures.user("Leo Learner", Role.LEARNER);
        learner = new Browser(server.getURI());
        learner.login(l.email(), Fixtures.PASSWORD);
    }

    @Test
    void newCourseIsInvisibleToLearnersUntilPublished() {
        author.get("/authoring");
        author.post("/authoring/drafts", Map.of("id", "pricing-basics", "title", "Pricing Basics",
                "summary", "How our pricing works."));
        author.post("/authoring/drafts/pricing-basics/modules", Map.of("id", "models", "title", "Pricing models"));
        author.get("/authoring/drafts/pricing-basics/lessons/new?module=models");
        Browser.Page saved = author.post("/authoring/drafts/pricing-basics/lessons", lesson("models", "per-seat", "Per-seat pricing",
                "# Per-seat pricing\n\nEach named user is a seat.\n"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(learner.get("/courses/pricing-basics").status()).isEqualTo(404);
        assertThat(learner.get("/courses").text()).doesNotContain("Pricing Basics");

        author.get("/authoring/drafts/pricing-basics");
        Browser.Page published = author.post("/authoring/drafts/pricing-basics/publish", Map.of());

        assertThat(published.location()).isEqualTo("/courses/pricing-basics");
        assertThat(learner.get("/courses").text()).contains("Pricing Basics");
        assertThat(learner.get("/courses/pricing-basics/lessons/per-seat").html().select("article h1").text())
                .isEqualTo("Per-seat pricing");
    }

    @Test
    void editingAPublishedCourseMakesANewVersionOnlyWhenPublished() {
        author.get("/authoring");
        author.post("/authoring/courses/intro/draft", Map.of());
        author.get("/authoring/drafts/intro/lessons/second-lesson");
        author.post("/authoring/drafts/intro/lessons", Map.of("id", "second-lesson", "moduleId", "first",
                "title", "Second lesson", "minutes", "5", "objectives", "Understand Second lesson",
                "markdown", "# Second\n\nRewritten in the browser.\n"));

        assertThat(learner.get("/courses/intro/lessons/second-lesson").text()).doesNotContain("Rewritten in the browser");

        author.get("/authoring/drafts/intro");
        author.post("/authoring/drafts/intro/publish", Map.of());

        assertThat(learner.get("/courses/intro").text()).contains("version 2");
        assertThat(learner.get("/courses/intro/lessons/second-lesson").text()).contains("Rewritten in the browser");

        ImportReport reimport = importer.importTree(fixture.root(), null);

        assertThat(reimport.coursesChanged()).as("unchanged files keep the browser edit").isZero();
        assertThat(learner.get("/courses/intro/lessons/second-lesson").text()).contains("Rewritten in the browser");
    }

    @Test
    void discardingADraftLeavesThePublishedCourseAsItWas() {
        author.get("/authoring");
        author.post("/authoring/courses/silver-only/draft", Map.of());
        author.get("/authoring/drafts/silver-only");

        Browser.Page discarded = author.post("/authoring/drafts/silver-only/discard", Map.of());

        assertThat(discarded.location()).isEqualTo("/authoring");
        assertThat(author.get("/authoring/drafts/silver-only").status()).isEqualTo(404);
        assertThat(author.get("/courses/silver-only").text()).contains("version 1");
    }

    @Test
    void draftWithAProblemIsNotPublished() {
        author.get("/authoring");
        author.post("/authoring/drafts", Map.of("id", "broken-draft", "title", "Broken", "summary", "Will not publish."));
        author.post("/authoring/drafts/broken-draft/modules", Map.of("id", "m", "title", "M"));
        author.get("/authoring/drafts/broken-draft/lessons/new?module=m");
        author.post("/authoring/drafts/broken-draft/lessons", lesson("m", "links", "Links",
                "# Links\n\nSee [the missing lesson](nowhere.md).\n"));
        author.get("/authoring/drafts/broken-draft");

        Browser.Page refused = author.post("/authoring/drafts/broken-draft/publish", Map.of());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select(".problems li").eachText())
                .containsExactly("courses/broken-draft/links.md:10: broken relative link 'nowhere.md'");
        assertThat(learner.get("/courses/broken-draft").status()).isEqualTo(404);
    }

    @Test
    void livePreviewIsSanitized() {
        author.get("/authoring");
        author.post("/authoring/courses/intro/draft", Map.of());
        author.get("/authoring/drafts/intro/lessons/welcome");

        Browser.Page preview = author.post("/authoring/drafts/intro/lessons/preview",
                Map.of("markdown", "## Hi\n\n[x](javascript:alert(1))<script>alert(2)</script>"));

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("<h2 id=\"hi\">Hi</h2>").doesNotContain("<script").doesNotContain("href=\"javascript");
    }

    @Test
    void exportedCourseReimportsAsANoOp() throws IOException {
        Path root = Files.createTempDirectory("pa-roundtrip");
        unzip(export.zip("intro"), root);
        unzip(export.zip("silver-only"), root);

        ImportReport report = importer.importTree(root, null);

        assertThat(Files.exists(root.resolve("courses/intro/images/diagram.svg"))).isTrue();
        assertThat(report.courses()).hasSize(2);
        assertThat(report.coursesChanged()).isZero();
    }

    private static Map<String, String> lesson(String module, String id, String title, String markdown) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("moduleId", module);
        form.put("id", id);
        form.put("title", title);
        form.put("minutes", "7");
        form.put("objectives", "Explain " + title);
        form.put("markdown", markdown);
        return form;
    }

    /** Unpacks an export zip under {@code root}, as an author unpacks it into content/. */
    static void unzip(byte[] zip, Path root) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = root.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                Files.copy(in, file);
            }
        }
    }
}
