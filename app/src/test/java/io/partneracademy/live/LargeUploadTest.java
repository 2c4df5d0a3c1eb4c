package io.partneracademy.live;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.files.FileStorage;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.S3Server;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recordings far larger than the server's usual 10 MB request limit go through their own route over real HTTP,
 * streamed to the object store (a multipart upload in S3), while every other route keeps the 10 MB limit; a recording
 * over its own limit is refused with 413 and nothing is kept.
 */
@MicronautTest(transactional = false)
class LargeUploadTest extends DatabaseTest {

    private static final long MB = 1024 * 1024;
    private static final byte[] MP4_HEAD = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
    private static final String BOUNDARY = "----pa-large-upload";

    @Inject
    EmbeddedServer server;
    @Inject
    LiveFixture live;
    @Inject
    Fixtures fixtures;
    @Inject
    FileStorage storage;
    @Inject
    SessionUploads uploads;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Path> files = new java.util.ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(S3Server.storageProperties("large-" + UUID.randomUUID()));
        properties.put("partneracademy.live.recording-max-bytes", String.valueOf(48 * MB));
        return properties;
    }

    @AfterEach
    void removeFiles() throws IOException {
        for (Path path : files) {
            Files.deleteIfExists(path);
        }
    }

    @Test
    void aRecordingOfFortyMegabytesIsStoredWholeAlthoughOtherRoutesStopAtTen() throws Exception {
        long session = live.session("Big recording", Duration.ofDays(2), "UTC", 10);
        Browser author = author();
        Path file = video(40 * MB);

        HttpResponse<String> upload = post(author, "/live/" + session + "/files/recording", file, true);
        HttpResponse<String> ordinary = post(author, "/live/" + session + "/attendance/import", video(11 * MB), true);

        assertThat(upload.statusCode()).isEqualTo(303);
        List<SessionFile> stored = uploads.list(session);
        assertThat(stored).singleElement().satisfies(f -> {
            assertThat(f.sizeBytes()).isEqualTo(40 * MB);
            assertThat(f.contentType()).isEqualTo("video/mp4");
        });
        assertThat(sha256(storage.read(stored.get(0).storageKey(), 0, 40 * MB))).isEqualTo(sha256(file));
        assertThat(ordinary.statusCode()).isEqualTo(413);
        assertThat(ordinary.body()).contains("The request is larger than 10 MB; nothing was kept.");
    }

    @Test
    void aRecordingOverItsOwnLimitIsRefusedWith413AndNothingIsKept() throws Exception {
        long session = live.session("Too big", Duration.ofDays(2), "UTC", 10);
        Browser author = author();
        long keysBefore = keys();
        Path file = video(49 * MB);

        HttpResponse<String> declared = post(author, "/live/" + session + "/files/recording", file, true);
        HttpResponse<String> chunked = post(author, "/live/" + session + "/files/recording", file, false);

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("The request is larger than 48.1 MB; nothing was kept.");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("The file is larger than 48 MB; nothing was kept.");
        assertThat(uploads.list(session)).isEmpty();
        assertThat(keys()).isEqualTo(keysBefore);
    }

    @Test
    void aMultipartBodyWithoutItsLengthIsRefusedOnOrdinaryRoutes() throws Exception {
        long session = live.session("Chunked", Duration.ofDays(2), "UTC", 10);
        Path file = video(MB);

        HttpResponse<String> response = post(author(), "/live/" + session + "/attendance/import", file, false);

        assertThat(response.statusCode()).isEqualTo(411);
    }

    private Browser author() {
        Browser browser = new Browser(server.getURI());
        browser.login(live.author().email(), Fixtures.PASSWORD);
        browser.get("/live");
        return browser;
    }

    /** A multipart upload of the file, with its length declared or sent in chunks (no Content-Length). */
    private HttpResponse<String> post(Browser browser, String path, Path body, boolean declared) throws Exception {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"talk.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest.BodyPublisher file = declared ? HttpRequest.BodyPublishers.ofFile(body)
                : HttpRequest.BodyPublishers.ofInputStream(() -> open(body));
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("X-CSRF-TOKEN", browser.csrfToken())
                .header("Cookie", "pa_session=" + browser.cookie("pa_session") + "; pa_csrf=" + browser.cookie("pa_csrf"))
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head), file,
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("the server closed the connection instead of answering", e);
        }
    }

    private static InputStream open(Path path) {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An MP4-looking file of the size: the ftyp box, then bytes that are not all the same. */
    private Path video(long size) throws IOException {
        Path path = Files.createTempFile("pa-recording", ".mp4");
        files.add(path);
        byte[] block = new byte[(int) MB];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 31 + 7);
        }
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write(MP4_HEAD);
            long left = size - MP4_HEAD.length;
            while (left > 0) {
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                left -= n;
            }
        }
        return path;
    }

    private static String sha256(Path path) throws Exception {
        try (InputStream in = Files.newInputStream(path)) {
            return sha256(in);
        }
    }

    private static String sha256(InputStream in) throws Exception {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private long keys() throws Exception {
        try (Stream<String> keys = storage.keys()) {
            return keys.filter(k -> k.startsWith("live/")).count();
        }
    }
}
