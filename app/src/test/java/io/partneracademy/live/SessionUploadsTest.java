package io.partneracademy.live;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.files.FileStorage;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.S3Server;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Materials and recordings uploaded to a session, kept in the S3 object store the tests run (s3mock): type and size
 * checked from the bytes with nothing kept of a refused file, downloads with their type and name for the people the
 * session is open to, recordings only after the session.
 */
@MicronautTest(transactional = false)
class SessionUploadsTest extends DatabaseTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MP4 = concat(new byte[]{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'},
            new byte[4000]);

    @Inject
    SessionUploads uploads;
    @Inject
    LiveFixture live;
    @Inject
    Fixtures fixtures;
    @Inject
    FileStorage storage;
    @Inject
    Registrations registrations;
    @Inject
    Notifications notifications;
    @Inject
    TestClock clock;
    @Inject
    EmbeddedServer server;
    @Inject
    LiveSettings settings;
    @Inject
    LiveSessions sessions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(S3Server.storageProperties("live-" + UUID.randomUUID()));
        properties.put("partneracademy.live.material-max-bytes", "65536");
        return properties;
    }

    @Test
    void aPdfMaterialIsStoredInTheObjectStoreAndDownloadedWithItsTypeAndNameByTheAudience() throws Exception {
        long session = live.session("Handout session", Duration.ofDays(2), "Europe/Berlin", 10);
        UserSummary learner = fixtures.user("Hanna Handout", Role.LEARNER);

        SessionFile stored = uploads.receive(live.author(), session, SessionFile.Kind.MATERIAL,
                new ByteArrayInputStream(PDF), "C:\\Users\\coach\\Workbook Ü.pdf");
        HttpResponse<byte[]> download = signedIn(learner).fetch(SessionUploads.path(session, stored.id()));

        assertThat(storage.describe()).startsWith("s3://" + S3Server.BUCKET);
        assertThat(storage.size(stored.storageKey())).contains((long) PDF.length);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        assertThat(download.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"Workbook _.pdf\"; filename*=UTF-8''Workbook%20%C3%9C.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aFileOverTheLimitOrOfTheWrongTypeIsRefusedAndNothingIsKept() throws Exception {
        long session = live.session("Refusals", Duration.ofDays(2), "Europe/Berlin", 10);
        long keysBefore = keys();
        byte[] tooLarge = concat(PDF, new byte[(int) settings.materialMaxBytes()]);
        byte[] exe = concat("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), new byte[100]);

        assertThatThrownBy(() -> uploads.receive(live.author(), session, SessionFile.Kind.MATERIAL,
                new ByteArrayInputStream(tooLarge), "big.pdf"))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> {
                    assertThat(e.status().getCode()).isEqualTo(413);
                    assertThat(e.messageKey()).isEqualTo("live.upload.too-large");
                });
        assertThatThrownBy(() -> uploads.receive(live.author(), session, SessionFile.Kind.MATERIAL,
                new ByteArrayInputStream(exe), "slides.pdf"))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.status().getCode())
                        .isEqualTo(415));
        assertThatThrownBy(() -> uploads.receive(live.author(), session, SessionFile.Kind.RECORDING,
                new ByteArrayInputStream(PDF), "recording.mp4"))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.status().getCode())
                        .isEqualTo(415));
        assertThatThrownBy(() -> uploads.receive(live.author(), session, SessionFile.Kind.MATERIAL,
                new ByteArrayInputStream(new byte[0]), "empty.pdf"))
                .isInstanceOf(UploadRefusedException.class);

        assertThat(uploads.list(session)).isEmpty();
        assertThat(keys()).isEqualTo(keysBefore);
    }

    @Test
    void aRecordingIsForTheAudienceOnlyAfterTheSessionAndNeverForOtherCompanies() throws Exception {
        long session = sessions.create(live.author(), live.form("Gold only", Duration.ofHours(2), "UTC", 10,
                Tier.GOLD, null, 1));
        Partner gold = fixtures.setTier(fixtures.partner("Goldmine"), Tier.GOLD);
        Partner silver = fixtures.setTier(fixtures.partner("Silverline"), Tier.SILVER);
        UserSummary goldLearner = fixtures.employee(gold, "Gert Gold", Role.LEARNER);
        UserSummary silverLearner = fixtures.employee(silver, "Sina Silver", Role.LEARNER);
        registrations.register(goldLearner.id(), session);
        SessionFile material = uploads.receive(live.author(), session, SessionFile.Kind.MATERIAL,
                new ByteArrayInputStream(PDF), "gold.pdf");
        SessionFile recording = uploads.receive(live.author(), session, SessionFile.Kind.RECORDING,
                new ByteArrayInputStream(MP4), "gold.mp4");
        String recordingPath = SessionUploads.path(session, recording.id());

        int goldBefore = signedIn(goldLearner).fetch(recordingPath).statusCode();
        int goldMaterial = signedIn(goldLearner).fetch(SessionUploads.path(session, material.id())).statusCode();
        int silverMaterial = signedIn(silverLearner).fetch(SessionUploads.path(session, material.id())).statusCode();
        clock.advance(Duration.ofHours(4));
        HttpResponse<byte[]> goldAfter;
        int silverAfter;
        try {
            goldAfter = signedIn(goldLearner).fetch(recordingPath, Map.of("Range", "bytes=4-7"));
            silverAfter = signedIn(silverLearner).fetch(recordingPath).statusCode();
        } finally {
            clock.advance(Duration.ofHours(-4));
        }

        assertThat(goldBefore).isEqualTo(404);
        assertThat(goldMaterial).isEqualTo(200);
        assertThat(silverMaterial).isEqualTo(404);
        assertThat(goldAfter.statusCode()).isEqualTo(206);
        assertThat(new String(goldAfter.body(), StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        assertThat(goldAfter.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("video/mp4"));
        assertThat(silverAfter).isEqualTo(404);
        assertThat(notifications.recent(goldLearner.id())).extracting(NotificationRow::subject)
                .anyMatch(s -> s.startsWith("Recording available"));
    }

    @Test
    void aReplacementTakesTheOldFilesPlaceAndARefusedReplacementKeepsTheOldFile() throws Exception {
        long session = live.session("Replaced", Duration.ofDays(2), "UTC", 10);
        SessionFile first = uploads.receive(live.author(), session, SessionFile.Kind.MATERIAL,
                new ByteArrayInputStream(PDF), "v1.pdf");
        byte[] second = concat(PDF, "% second edition\n".getBytes(StandardCharsets.US_ASCII));

        SessionFile replacement = uploads.replace(live.author(), session, first.id(), new ByteArrayInputStream(second),
                "v2.pdf");
        long keysAfterReplace = keys();
        assertThatThrownBy(() -> uploads.replace(live.author(), session, replacement.id(),
                new ByteArrayInputStream("MZ not a pdf".getBytes(StandardCharsets.US_ASCII)), "v3.pdf"))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.status().getCode())
                        .isEqualTo(415));

        assertThat(uploads.list(session)).extracting(SessionFile::fileName).containsExactly("v2.pdf");
        assertThat(storage.size(first.storageKey())).isEmpty();
        assertThat(storage.size(replacement.storageKey())).contains((long) second.length);
        assertThat(keys()).isEqualTo(keysAfterReplace);
        assertThat(signedIn(fixtures.user("Rita Reader", Role.LEARNER)).fetch(SessionUploads.path(session,
                replacement.id())).body()).isEqualTo(second);
    }

    @Test
    void aDeletedFileIsGoneFromTheListTheStoreAndItsAddressAndOnlyThePeopleWhoRunTheSessionMayDeleteIt() {
        long session = live.session("Deleted", Duration.ofDays(2), "UTC", 10);
        SessionFile file = uploads.receive(live.author(), session, SessionFile.Kind.MATERIAL,
                new ByteArrayInputStream(PDF), "gone.pdf");
        UserSummary learner = fixtures.user("Dora Deleter", Role.LEARNER);
        CurrentUser me = new CurrentUser(learner.id(), learner.email(), learner.displayName(), Set.of(Role.LEARNER));

        assertThatThrownBy(() -> uploads.delete(me, session, file.id())).isInstanceOf(SessionNotFoundException.class);
        assertThat(uploads.list(session)).hasSize(1);
        uploads.delete(live.author(), session, file.id());

        assertThat(uploads.list(session)).isEmpty();
        assertThat(storage.size(file.storageKey())).isEmpty();
        assertThat(signedIn(learner).fetch(SessionUploads.path(session, file.id())).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyThePeopleWhoRunTheSessionMayUpload() {
        long session = live.session("Not yours", Duration.ofDays(2), "UTC", 10);
        UserSummary learner = fixtures.user("Lars Learner", Role.LEARNER);
        CurrentUser me = new CurrentUser(learner.id(), learner.email(), learner.displayName(), Set.of(Role.LEARNER));

        assertThatThrownBy(() -> uploads.receive(me, session, SessionFile.Kind.MATERIAL,
                new ByteArrayInputStream(PDF), "x.pdf")).isInstanceOf(SessionNotFoundException.class);
        assertThat(uploads.list(session)).isEmpty();
    }

    @Test
    void aScriptThatSendsTheFileIsToldWhereToGoNextOrWhyTheFileWasRefused() throws Exception {
        long session = live.session("Scripted upload", Duration.ofDays(2), "UTC", 10);
        Browser author = new Browser(server.getURI());
        author.login(live.author().email(), Fixtures.PASSWORD);
        author.get("/live/" + session + "/roster");
        byte[] exe = concat("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), new byte[100]);

        HttpResponse<String> stored = scripted(author, "/live/" + session + "/files/material", "Workbook.pdf", PDF);
        HttpResponse<String> refused = scripted(author, "/live/" + session + "/files/material", "slides.pdf", exe);

        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(stored.body()).isEqualTo("{\"location\":\"/live/" + session + "/roster#files\"}");
        assertThat(stored.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("pa_flash="));
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"detail\":\"This kind of file is not accepted here (accepted: PDF,");
        assertThat(uploads.list(session)).extracting(SessionFile::fileName).containsExactly("Workbook.pdf");
    }

    /** A multipart post as the roster page's script sends it: the token in its header, JSON asked for. */
    private HttpResponse<String> scripted(Browser browser, String path, String fileName, byte[] bytes)
            throws Exception {
        String boundary = "----pa-scripted";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", browser.csrfToken())
                .header("Cookie", "pa_session=" + browser.cookie("pa_session") + "; pa_csrf=" + browser.cookie("pa_csrf"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long keys() throws Exception {
        try (Stream<String> keys = storage.keys()) {
            return keys.filter(k -> k.startsWith("live/")).count();
        }
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
