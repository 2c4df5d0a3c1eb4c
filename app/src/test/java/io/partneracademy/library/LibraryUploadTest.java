package io.partneracademy.library;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.search.SearchIndex;
import io.partneracademy.search.SearchRequest;
import io.partneracademy.search.SearchViewer;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads through the authors' page: real PDFs, refusals that leave nothing behind, versions, deletion. */
@MicronautTest(transactional = false)
class LibraryUploadTest extends DatabaseTest {

    private static final int LIMIT = 20_000;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ResourceRepository resources;
    @Inject
    SearchIndex index;

    Browser author;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.library.max-upload-bytes", String.valueOf(LIMIT));
        return properties;
    }

    @BeforeAll
    void signIn() {
        author = signedIn(fixtures.user("Uma Uploader", Role.AUTHOR));
    }

    @Test
    void aPdfUploadIsStoredExtractedAndSearchableAtOnce() throws IOException {
        author.get("/library/manage");

        Browser.Page response = author.postMultipart("/library/manage", fields("quokka-sheet", "Quokka datasheet"),
                "file", "quokka.pdf", pdf("The quokka integration supports market development funds claims."));

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.location()).isEqualTo("/library/resources/quokka-sheet");
        assertThat(resources.findText("quokka-sheet", 1)).get().asString().contains("quokka integration");
        assertThat(keys("quokka")).containsExactly("resource:quokka-sheet");
        assertThat(keys("MDF")).contains("resource:quokka-sheet");
    }

    @Test
    void anUploadFormPostedWithoutScriptsIsStored() {
        author.get("/library/manage");

        Browser.Page response = author.postMultipartForm("/library/manage", fields("kiwi-card", "Kiwi battle card"),
                "file", "kiwi.txt", "Kiwi beats the competition on deployment time.".getBytes(),
                Map.of("Origin", author.origin()));

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.location()).isEqualTo("/library/resources/kiwi-card");
        assertThat(keys("kiwi")).containsExactly("resource:kiwi-card");
    }

    @Test
    void replacingTheFileKeepsThePreviousVersion() {
        author.get("/library/manage");
        author.postMultipart("/library/manage", fields("wombat-card", "Wombat card"), "file", "v1.txt",
                "wombat first edition".getBytes(StandardCharsets.UTF_8));
        author.get("/library/manage?id=wombat-card");

        author.postMultipart("/library/manage", fields("wombat-card", "Wombat card"), "file", "v2.txt",
                "wombat second edition".getBytes(StandardCharsets.UTF_8));

        assertThat(resources.findVersions("wombat-card")).extracting(VersionRow::fileName).containsExactly("v2.txt", "v1.txt");
        assertThat(index.search(SearchRequest.of("second edition"), SearchViewer.STAFF).hits()).hasSize(1);
        assertThat(index.search(SearchRequest.of("first"), SearchViewer.STAFF).hits()).isEmpty();
    }

    @Test
    void oversizedMalformedAndUnsupportedFilesAreRefusedAndLeaveNothing() {
        author.get("/library/manage");

        Browser.Page big = author.postMultipart("/library/manage", fields("numbat-big", "Numbat"), "file", "big.txt",
                "numbat ".repeat(LIMIT / 5).getBytes(StandardCharsets.UTF_8));
        Browser.Page broken = author.postMultipart("/library/manage", fields("numbat-broken", "Numbat"), "file",
                "broken.pdf", "%PDF-1.4 numbat this is not really a PDF".getBytes(StandardCharsets.UTF_8));
        Browser.Page exe = author.postMultipart("/library/manage", fields("numbat-exe", "Numbat"), "file",
                "setup.exe", "MZ numbat".getBytes(StandardCharsets.UTF_8));

        assertThat(big.status()).isEqualTo(422);
        assertThat(big.html().select("#upload-refused").text()).contains("big.txt", "files may be at most 19.5 KB");
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.html().select("#upload-refused").text()).contains("broken.pdf could not be read as a PDF");
        assertThat(exe.status()).isEqualTo(422);
        assertThat(exe.html().select("#upload-refused").text()).contains("setup.exe is not a supported file");
        for (String id : new String[]{"numbat-big", "numbat-broken", "numbat-exe"}) {
            assertThat(resources.existsById(id)).isFalse();
            assertThat(resources.findVersions(id)).isEmpty();
        }
        assertThat(keys("numbat")).isEmpty();
    }

    @Test
    void missingMetadataIsRefusedFieldByField() {
        author.get("/library/manage");

        Browser.Page page = author.postMultipart("/library/manage", Map.of("title", "", "type", "nonsense",
                "language", "en", "minTier", "SILVER", "reviewBy", "2030-01-01"), "file", "x.txt",
                "text".getBytes(StandardCharsets.UTF_8));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().select("#title-errors").text()).isNotBlank();
        assertThat(page.html().select("#type-errors").text()).contains("Choose one of the listed types");
    }

    @Test
    void snippetsEscapeTheDocumentsHtml() {
        author.get("/library/manage");
        author.postMultipart("/library/manage", fields("xss-note", "Ocelot note"), "file", "note.txt",
                "Ocelot <script>alert('x')</script> and <img src=x onerror=alert(1)> ocelot tips"
                        .getBytes(StandardCharsets.UTF_8));

        Document page = author.get("/library?q=ocelot").html();

        assertThat(page.select(".snippet mark")).isNotEmpty();
        assertThat(page.select(".snippet script, .snippet img")).isEmpty();
        assertThat(page.select(".snippet").text()).contains("<script>alert('x')</script>");
    }

    @Test
    void aDeletedResourceDisappearsFromSearchAndDownloads() {
        author.get("/library/manage");
        author.postMultipart("/library/manage", fields("platypus-guide", "Platypus guide"), "file", "p.md",
                "# Platypus\n\nAll about the platypus.".getBytes(StandardCharsets.UTF_8));
        assertThat(keys("platypus")).containsExactly("resource:platypus-guide");
        author.get("/library/resources/platypus-guide");

        Browser.Page deleted = author.post("/library/manage/resources/platypus-guide/delete", Map.of());

        assertThat(deleted.status()).isEqualTo(303);
        assertThat(keys("platypus")).isEmpty();
        assertThat(author.get("/library?q=platypus").html().select("ol.hits li")).isEmpty();
        assertThat(author.getBytes("/library/resources/platypus-guide/download").statusCode()).isEqualTo(404);
    }

    private java.util.List<String> keys(String query) {
        return index.search(SearchRequest.of(query), SearchViewer.STAFF).hits().stream()
                .map(io.partneracademy.search.SearchPage.Hit::key).toList();
    }

    private static Map<String, String> fields(String id, String title) {
        return Map.of("id", id, "title", title, "type", "datasheet", "tags", "test", "language", "en",
                "minTier", "REGISTERED", "reviewBy", "2030-01-01");
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }
}
