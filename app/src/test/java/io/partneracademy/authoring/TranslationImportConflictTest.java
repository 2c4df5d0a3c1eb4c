package io.partneracademy.authoring;

import io.micronaut.context.ApplicationContext;
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
import io.partneracademy.support.StartupImports;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file import meets a translation saved in the browser (ADR 0050): from the admin content page the author is
 * shown what the files would replace and chooses; files that hold the browser text (after an export) go through
 * without a question. Each test has a course of its own in the one content folder, so the tests do not meet.
 */
@MicronautTest(transactional = false)
class TranslationImportConflictTest extends DatabaseTest {

    private static final String COURSE_TEXT = """
            title: Einführung
            summary: Hier fangen alle an.
            source: %s
            modules:
              - id: first
                title: Erste Schritte
            """;

    private final ContentFixture content = ContentFixture.create();

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    CatalogPublisher publisher;
    @Inject
    FolderImport folders;

    private Browser translator;
    private Browser admin;
    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.content.dir", content.root().toString());
        properties.put("partneracademy.content.exams-dir", content.root().resolve("no-exams").toString());
        return properties;
    }

    @BeforeAll
    void signIn() {
        translator = signedIn(fixtures.user("Tina Translator", Role.AUTHOR).email());
        admin = signedIn(fixtures.user("Ada Admin", Role.ADMIN).email());
    }

    @Test
    void anImportThatWouldReplaceABrowserTranslationAsksFirstAndKeepsTheBrowserTextWhenTold() {
        String id = courseSavedInTheBrowser("keep", "de");
        int version = version(id);
        content.write("courses/" + id + "/" + "welcome.de.md", germanWelcome(id, "Hallo"));

        Browser.Page asked = admin.post("/admin/content/import", Map.of());

        assertThat(asked.status()).isEqualTo(409);
        Document page = asked.html();
        assertThat(page.select("#conflicts-heading").text())
                .isEqualTo("1 translation(s) saved in the browser would be replaced");
        assertThat(page.select("#conflict-0 legend").text()).isEqualTo("Lesson “Welcome” of “Course keep” (de)");
        assertThat(page.select("#conflict-0 .conflict-file").text()).isEqualTo("courses/keep/welcome.de.md:1");
        assertThat(page.select("#conflict-0 .conflict-saved").text()).startsWith("Saved in the browser by Tina Translator on ");
        assertThat(page.select("#conflict-0 .conflict-changes li").eachText()).containsExactly(
                "Only in the browser text, line 2: title: Willkommen",
                "Only in the file, line 2: title: Hallo",
                "Only in the browser text, line 7: # Willkommen",
                "Only in the file, line 7: # Hallo");
        assertThat(page.select("#conflict-0 input[name=overwrite]").val()).isEqualTo("LESSON:keep:welcome:de");
        assertThat(version(id)).isEqualTo(version);
        assertThat(lessonTitle(id, "de")).isEqualTo("Willkommen");

        Browser.Page kept = admin.post("/admin/content/import", Map.of("seen", page.select("input[name=seen]").val()));

        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.html().select("#kept-now").text()).startsWith("1 translation(s) saved in the browser were kept");
        assertThat(lessonTitle(id, "de")).isEqualTo("Willkommen");
        assertThat(keptRow(kept.html(), "LESSON:keep:welcome:de")).startsWith("courses/keep/welcome.de.md de Saved in "
                + "the browser by Tina Translator on ");
        Browser.Page again = admin.post("/admin/content/import", Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(lessonTitle(id, "de")).isEqualTo("Willkommen");
        assertThat(keptRow(admin.get("/admin/content").html(), "LESSON:keep:welcome:de")).isNotEmpty();
    }

    @Test
    void confirmingTheOverwritePublishesTheFileText() {
        String id = courseSavedInTheBrowser("overwrite", "fr");
        content.write("courses/" + id + "/" + "welcome.fr.md", germanWelcome(id, "Bonjour"));
        Document asked = admin.post("/admin/content/import", Map.of()).html();

        Browser.Page confirmed = admin.post("/admin/content/import", Map.of("seen",
                asked.select("input[name=seen]").val(), "overwrite", "LESSON:overwrite:welcome:fr"));

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.html().select("#kept-now")).isEmpty();
        assertThat(lessonTitle(id, "fr")).isEqualTo("Bonjour");
        assertThat(keptRow(confirmed.html(), "LESSON:overwrite:welcome:fr")).isEmpty();
        content.write("courses/" + id + "/" + "welcome.fr.md", germanWelcome(id, "Salut"));
        assertThat(admin.post("/admin/content/import", Map.of()).status()).isEqualTo(200);
        assertThat(lessonTitle(id, "fr")).isEqualTo("Salut");
    }

    @Test
    void aConfirmationForConflictsThatChangedMeanwhileImportsNothing() {
        String id = courseSavedInTheBrowser("meanwhile", "it");
        content.write("courses/" + id + "/" + "welcome.it.md", germanWelcome(id, "Ciao"));
        String seen = admin.post("/admin/content/import", Map.of()).html().select("input[name=seen]").val();
        content.write("courses/" + id + "/" + "welcome.it.md", germanWelcome(id, "Buongiorno"));

        Browser.Page stale = admin.post("/admin/content/import", Map.of("seen", seen,
                "overwrite", "LESSON:meanwhile:welcome:it"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html().select("#conflicts-changed").text()).startsWith("The files or the translations saved");
        assertThat(stale.html().select("#conflict-0 .conflict-changes li").eachText())
                .contains("Only in the file, line 2: title: Buongiorno");
        assertThat(lessonTitle(id, "it")).isEqualTo("Willkommen");
    }

    @Test
    void filesExportedFromTheBrowserGoThroughWithoutAQuestion() throws IOException {
        String id = courseSavedInTheBrowser("exported", "es");
        Browser.Download zip = translator.download("/authoring/courses/" + id + "/export");
        assertThat(zip.status()).isEqualTo(200);
        unzip(zip.bytes(), content.root());
        content.replace("courses/" + id + "/second-lesson.md", "More text.", "More text, now longer.");

        Browser.Page imported = admin.post("/admin/content/import", Map.of());

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.html().select("#kept-now")).isEmpty();
        assertThat(lessonTitle(id, "es")).isEqualTo("Willkommen");
        assertThat(publisher.current(id).orElseThrow().lessons().get(1).markdown()).contains("now longer");
        content.write("courses/" + id + "/" + "welcome.es.md", germanWelcome(id, "Hola"));
        assertThat(admin.post("/admin/content/import", Map.of()).status()).isEqualTo(200);
        assertThat(lessonTitle(id, "es")).isEqualTo("Hola");
    }

    @Test
    void theStartUpImportKeepsTheBrowserTextAndTheAdminPageShowsItsFile() throws IOException {
        String id = courseSavedInTheBrowser("startup", "nl");
        content.write("courses/" + id + "/" + "welcome.nl.md", germanWelcome(id, "Hallo"));
        content.replace("courses/" + id + "/second-lesson.md", "More text.", "More text at start-up.");
        Map<String, Object> node = new HashMap<>(properties);
        node.put("micronaut.server.port", "-1");
        node.put("partneracademy.search.index-dir", Files.createTempDirectory("pa-startup-index").toString());
        node.put("partneracademy.content.import-on-startup", "true");
        node.put(StartupImports.PROPERTY, "true");

        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, node, "test")) {
            assertThat(restarted.getApplicationContext().getBean(StartupImports.class).await(Duration.ofMinutes(2)))
                    .isTrue();
        }

        assertThat(lessonTitle(id, "nl")).isEqualTo("Willkommen");
        assertThat(current(id).lessons().get(1).markdown()).contains("at start-up");
        assertThat(keptRow(admin.get("/admin/content").html(), "LESSON:startup:welcome:nl"))
                .startsWith("courses/startup/welcome.nl.md nl Saved in the browser by Tina Translator on ");
        Browser.Page imported = admin.post("/admin/content/import", Map.of());
        assertThat(imported.status()).isEqualTo(200);
        assertThat(lessonTitle(id, "nl")).isEqualTo("Willkommen");
    }

    /**
     * A course {@code id} of its own, imported from files, with its course text and welcome lesson translated into
     * {@code language} in the browser (through the editor's routes) and the course text also in the files.
     */
    private String courseSavedInTheBrowser(String id, String language) {
        content.write("courses/" + id + "/course.yaml", """
                id: %s
                title: Course %s
                summary: Where everyone starts.
                modules:
                  - id: first
                    title: First steps
                    lessons: [welcome, second-lesson]
                """.formatted(id, id));
        content.write("courses/" + id + "/welcome.md", ContentFixture.lesson("Welcome", "# Welcome\n\nHello.\n"));
        content.write("courses/" + id + "/second-lesson.md", ContentFixture.lesson("Second lesson", "# Second\n\nMore text.\n"));
        // as at start-up: another test's conflict left waiting does not stop this course's import
        folders.importAll(content.root(), content.root().resolve("no-exams"), null);
        admin.get("/admin/content");
        String base = "/authoring/courses/" + id + "/translations/" + language;
        translator.get(base + "/course");
        assertThat(translator.post(base + "/course", Map.of("text", COURSE_TEXT.formatted(
                SourceFingerprint.of(current(id))))).status()).isEqualTo(303);
        translator.get(base + "/lessons/welcome");
        assertThat(translator.post(base + "/lessons/welcome", Map.of("text", germanWelcome(id, "Willkommen")))
                .status()).isEqualTo(303);
        content.write("courses/" + id + "/course." + language + ".yaml",
                COURSE_TEXT.formatted(SourceFingerprint.of(current(id))));
        return id;
    }

    private String germanWelcome(String id, String title) {
        return "---\ntitle: " + title + "\nobjectives:\n  - Ankommen\nsource: "
                + SourceFingerprint.of(current(id).lessons().get(0)) + "\n---\n# " + title + "\n\nHallo.\n";
    }

    private CourseSpec current(String id) {
        return publisher.current(id).orElseThrow();
    }

    private String lessonTitle(String id, String language) {
        return current(id).translations().stream().filter(t -> t.language().equals(language)).findFirst()
                .orElseThrow().lessons().stream().filter(l -> l.lessonId().equals("welcome")).findFirst()
                .orElseThrow().title();
    }

    private int version(String id) {
        return publisher.published().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().version();
    }

    private static String keptRow(Document page, String key) {
        return page.select("#kept-translations tr[data-key=" + key + "]").text();
    }

    private static void unzip(byte[] zip, Path root) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = root.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
    }

    private Browser signedIn(String email) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", "en");
        assertThat(browser.login(email, Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
