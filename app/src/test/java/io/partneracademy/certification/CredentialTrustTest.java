package io.partneracademy.certification;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an outside verifier relies on: the status list a badge points to, the issuer's DID document across a key
 * rotation, and PDF signatures whose signing time lies inside the signing certificate's validity, also after the
 * certificate has been replaced (checked by BouncyCastle and by {@code openssl cms -verify -attime}).
 */
@MicronautTest(transactional = false)
class CredentialTrustTest extends DatabaseTest {

    private static final char[] PASSWORD = "rotation".toCharArray();
    /** The published shape of the verify JSON (docs/schemas), checked by an independent JSON Schema validator. */
    private static final com.networknt.schema.JsonSchema VERIFY_SCHEMA = verifySchema();

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    CertificationRepository certifications;
    @Inject
    Certifications views;
    @Inject
    SigningKeys keys;
    @Inject
    Badges badges;
    @Inject
    CertificateRenderer renderer;
    @Inject
    SignedDocuments documents;
    @Inject
    CertificationDocumentRepository storedDocuments;
    @Inject
    CertificationSettings settings;
    @Inject
    TestClock clock;
    @Inject
    io.partneracademy.accounts.PersonPreferences preferences;
    @Inject
    io.partneracademy.catalog.PathRules pathRules;
    @Value("${partneracademy.public-base-url}")
    String baseUrl;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void aRevocationSetsTheBadgesBitInTheSignedStatusList() throws Exception {
        Holder holder = certify("Stan Status");
        JsonObject badge = CertificateDocumentsTest.jsonObject(holder.browser.getJson(badgePath(holder)).body());
        JsonObject entry = badge.getJsonObject("credentialStatus");
        String listUrl = entry.getString("statusListCredential");
        int index = Integer.parseInt(entry.getString("statusListIndex"));
        HttpResponse<String> before = get(listUrl, Map.of());

        revoke(holder.credentialId);
        HttpResponse<String> after = get(listUrl, Map.of());

        SpecVerifier verifier = new SpecVerifier(CertificateDocumentsTest.jsonObject(
                new Browser(server.getURI()).getJson("/.well-known/did.json").body()));
        JsonObject listBefore = CertificateDocumentsTest.jsonObject(before.body());
        JsonObject listAfter = CertificateDocumentsTest.jsonObject(after.body());
        assertThat(verifier.verify(listBefore)).isTrue();
        assertThat(verifier.verify(listAfter)).isTrue();
        assertThat(listAfter.getJsonArray("type").getString(1)).isEqualTo("BitstringStatusListCredential");
        assertThat(listAfter.getJsonObject("credentialSubject").getString("statusPurpose")).isEqualTo("revocation");
        assertThat(bit(listBefore, index)).isFalse();
        assertThat(bit(listAfter, index)).isTrue();
        assertThat(bits(listAfter).length * 8).isGreaterThanOrEqualTo(131_072);
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        assertThat(views.verify(holder.credentialId).status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(after.body()).doesNotContain("Taken by a colleague");
    }

    @Test
    void theVerifyPageTheStatusListAndTheBadgeAgreeForActiveExpiredRevokedAndRenewed() throws Exception {
        Holder expired = certify("Eve Expired");
        JsonObject expiredBadge = badge(expired);
        clock.advance(Duration.ofDays(366));
        Holder active = certify("Ann Active");
        Holder revoked = certify("Rob Revoked");
        UserSummary renewing = fixtures.user("Ren Renewed", Role.LEARNER);
        learning.completeBasics(Learning.learner(renewing));
        Holder renewed = holder(renewing, certifications.findByUserIdOrderByIssuedAtDesc(renewing.id()).get(0).credentialId());
        JsonObject activeBadge = badge(active);
        JsonObject revokedBadge = badge(revoked);
        JsonObject renewedBadge = badge(renewed);
        revoke(revoked.credentialId);
        clock.advance(Duration.ofDays(300));
        learning.pass(Learning.learner(renewing), "quiz");
        String successor = certifications.findByUserIdOrderByIssuedAtDesc(renewing.id()).get(0).credentialId();
        Holder next = holder(renewing, successor);

        JsonObject list = CertificateDocumentsTest.jsonObject(get(server.getURI() + StatusList.PATH, Map.of()).body());
        SpecVerifier verifier = new SpecVerifier(CertificateDocumentsTest.jsonObject(
                new Browser(server.getURI()).getJson("/.well-known/did.json").body()));
        Instant now = clock.instant();

        assertAgree(verifier, list, expired.credentialId, expiredBadge, "EXPIRED", false, false, now);
        assertAgree(verifier, list, active.credentialId, activeBadge, "ACTIVE", false, true, now);
        assertAgree(verifier, list, revoked.credentialId, revokedBadge, "REVOKED", true, true, now);
        assertAgree(verifier, list, renewed.credentialId, renewedBadge, "SUPERSEDED", false, true, now);
        assertAgree(verifier, list, successor, badge(next), "ACTIVE", false, true, now);
        assertThat(views.verify(renewed.credentialId).supersededBy()).isEqualTo(successor);
    }

    private static com.networknt.schema.JsonSchema verifySchema() {
        try {
            String schema = Files.readString(io.partneracademy.support.ProjectDir.get()
                    .resolve("docs/schemas/verify-response.schema.json"));
            return com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                    .getSchema(schema, com.networknt.schema.SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One credential as the three places tell it: the verify answer, its status list bit, and its badge's dates. */
    private void assertAgree(SpecVerifier verifier, JsonObject list, String credentialId, JsonObject badge, String status,
                             boolean revokedBit, boolean withinValidity, Instant now) throws Exception {
        int index = Integer.parseInt(badge.getJsonObject("credentialStatus").getString("statusListIndex"));
        Instant validUntil = Instant.parse(badge.getString("validUntil"));

        assertThat(views.verify(credentialId).status().name()).as(credentialId).isEqualTo(status);
        HttpResponse<String> json = get(server.getURI() + "/verify/" + credentialId, Map.of("Accept", "application/json"));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(VERIFY_SCHEMA.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.body())))
                .as(json.body()).isEmpty();
        assertThat(json.body()).contains("\"status\":\"" + status + "\"", "\"statusReason\":null");
        HttpResponse<String> page = get(server.getURI() + "/verify/" + credentialId, Map.of("Accept", "text/html"));
        assertThat(page.body()).as(credentialId + " verify page").contains("verdict status-" + status.toLowerCase(java.util.Locale.ROOT),
                "<p class=\"verdict-status\">" + Map.of("ACTIVE", "Active", "EXPIRED", "Expired", "REVOKED", "Revoked",
                        "SUPERSEDED", "Renewed").get(status) + "</p>");
        assertThat(bit(list, index)).as(credentialId + " revoked bit").isEqualTo(revokedBit);
        assertThat(validUntil.isAfter(now)).as(credentialId + " within validity").isEqualTo(withinValidity);
        assertThat(verifier.verify(badge)).as(credentialId + " proof").isTrue();
        assertThat(OpenBadgesSchema.errors(badge.toString())).as(credentialId + " against the 1EdTech schema").isEmpty();
        assertThat(SpecVerifier.validatorProofRule(badge)).as(credentialId + " 1EdTech proof rule").isNull();
        assertThat(validatorStatusRule(badge.getJsonObject("credentialStatus"), list)).as(credentialId + " 1EdTech status rule")
                .isEqualTo(revokedBit ? "revoked" : "not revoked");
        assertThat(ValidatorRules.badge(badge, now)).as(credentialId + " 1EdTech OB 3.0 inspector probes")
                .isEqualTo(withinValidity ? List.of()
                        : List.of("The credential has expired (expiration date or validUntil was " + badge.getString("validUntil") + ")."));
        assertThat(ValidatorRules.statusList(list)).as("1EdTech status list inspector probes").isEmpty();
    }

    @Test
    void theVerifyUrlAnswersAVerifierAskingForLinkedDataWithTheSignedCredential() throws Exception {
        Holder holder = certify("Lea Linked");
        clock.advance(Duration.ofMinutes(2)); // a fresh minute of the verify page's rate limit, whatever ran before
        String url = server.getURI() + "/verify/" + holder.credentialId;

        HttpResponse<String> ld = get(url, Map.of("Accept", "application/ld+json"));
        HttpResponse<String> vc = get(url, Map.of("Accept", "application/vc;q=1, application/json;q=0.5"));
        HttpResponse<String> page = get(url, Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        HttpResponse<String> json = get(url, Map.of("Accept", "application/json"));
        HttpResponse<String> unknown = get(server.getURI() + "/verify/AAAA-AAAA-AAAA-AAAA", Map.of("Accept", "application/ld+json"));
        String download = holder.browser.getJson(badgePath(holder)).body();

        assertThat(ld.statusCode()).isEqualTo(200);
        assertThat(ld.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
        assertThat(ld.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept"));
        assertThat(ld.body()).isEqualTo(download);
        JsonObject credential = CertificateDocumentsTest.jsonObject(ld.body());
        assertThat(credential.getString("id")).isEqualTo(views.verifyUrl(holder.credentialId));
        assertThat(new SpecVerifier(CertificateDocumentsTest.jsonObject(
                new Browser(server.getURI()).getJson("/.well-known/did.json").body())).verify(credential)).isTrue();
        assertThat(OpenBadgesSchema.errors(ld.body())).isEmpty();
        assertThat(vc.statusCode()).isEqualTo(200);
        assertThat(vc.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/vc"));
        assertThat(vc.body()).isEqualTo(download);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(json.body()).contains("\"status\":\"ACTIVE\"").doesNotContain("proofValue");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void statusListPositionsAreRandomDistinctAndStable() {
        List<Holder> holders = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            holders.add(certify("Pia Position " + i));
        }
        List<Integer> positions = new java.util.ArrayList<>();
        List<Long> rowIds = new java.util.ArrayList<>();
        for (Holder holder : holders) {
            JsonObject status = badge(holder).getJsonObject("credentialStatus");
            positions.add(Integer.parseInt(status.getString("statusListIndex")));
            assertThat(status.getString("id")).endsWith("#" + status.getString("statusListIndex"));
            rowIds.add(certifications.findByCredentialId(holder.credentialId).orElseThrow().id());
        }
        CertificationRow first = certifications.findByCredentialId(holders.get(0).credentialId).orElseThrow();

        assertThat(positions).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).isBetween(0, StatusList.MINIMUM_ENTRIES - 1));
        assertThat(positions).isNotEqualTo(rowIds.stream().map(Long::intValue).toList());
        // six uniform draws from 131,072 positions lie within 1,000 of each other with probability below 1e-10
        assertThat(positions.stream().mapToInt(Integer::intValue).max().orElseThrow()
                - positions.stream().mapToInt(Integer::intValue).min().orElseThrow()).isGreaterThan(1_000);
        assertThat(badges.unsigned(first).get("credentialStatus")).isEqualTo(
                Badges.map("id", views.baseUrl() + StatusList.PATH + "#" + positions.get(0), "type", "BitstringStatusListEntry",
                        "statusPurpose", "revocation", "statusListIndex", String.valueOf(positions.get(0)),
                        "statusListCredential", views.baseUrl() + StatusList.PATH));
        assertThat(StatusList.capacity(0)).isEqualTo(131_072);
        assertThat(StatusList.capacity(65_535)).isEqualTo(131_072);
        assertThat(StatusList.capacity(65_536)).isEqualTo(262_144);
    }

    @Test
    void theSchemaAndTheValidatorsRulesRejectWhatTheIssueFoundAndAcceptOurBadges() throws Exception {
        JsonObject badge = badge(certify("Sam Schema"));
        JsonObject proof = badge.getJsonArray("proof").getJsonObject(0);
        JsonObject proofAsObject = Json.createObjectBuilder(badge).add("proof", proof).build();
        JsonObject withoutValidFrom = Json.createObjectBuilder(badge).remove("validFrom").build();
        JsonObject jcs = Json.createObjectBuilder(badge).add("proof", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(proof).add("cryptosuite", "eddsa-jcs-2022"))).build();
        JsonObject otherIssuer = Json.createObjectBuilder(badge).add("issuer", Json.createObjectBuilder(
                badge.getJsonObject("issuer")).add("id", "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")).build();
        JsonObject altered = Json.createObjectBuilder(badge).add("name", badge.getString("name") + " (edited)").build();

        assertThat(OpenBadgesSchema.errors(badge.toString())).isEmpty();
        assertThat(SpecVerifier.validatorProofRule(badge)).isNull();
        assertThat(OpenBadgesSchema.errors(proofAsObject.toString())).anySatisfy(e -> assertThat(e).contains("proof", "array"));
        assertThat(OpenBadgesSchema.errors(withoutValidFrom.toString())).anySatisfy(e -> assertThat(e).contains("validFrom"));
        assertThat(SpecVerifier.validatorProofRule(jcs)).startsWith("No proof");
        assertThat(SpecVerifier.validatorProofRule(otherIssuer)).startsWith("Key controller does not match issuer");
        assertThat(SpecVerifier.validatorProofRule(altered)).isEqualTo("Embedded proof verification failed.");
        assertThat(ValidatorRules.badge(badge, clock.instant())).isEmpty();
        JsonObject jsonSchemaType = Json.createObjectBuilder(badge).add("credentialSchema", Json.createArrayBuilder().add(
                Json.createObjectBuilder(badge.getJsonArray("credentialSchema").getJsonObject(0)).add("type", "JsonSchema"))).build();
        JsonObject obContextSecond = Json.createObjectBuilder(badge).add("@context", Json.createArrayBuilder()
                .add(ValidatorRules.VC2).add("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json").add(ValidatorRules.OB303)).build();
        assertThat(ValidatorRules.badge(jsonSchemaType, clock.instant())).containsExactly("no credentialSchema the validator runs");
        assertThat(ValidatorRules.badge(obContextSecond, clock.instant())).containsExactly(
                "missing required @context uri " + ValidatorRules.OB303 + " at position 2");
    }

    @Test
    void theValidatorsListInspectorAcceptsOurStatusListAndRejectsWhatItsProbesCatch() throws Exception {
        certify("Lia List");
        JsonObject list = CertificateDocumentsTest.jsonObject(get(server.getURI() + StatusList.PATH, Map.of()).body());
        JsonObject v1Only = Json.createObjectBuilder(list).add("@context", Json.createArrayBuilder()
                .add("https://w3id.org/vc/status-list/2021/v1")).build();
        JsonObject plainCredential = Json.createObjectBuilder(list).add("type", Json.createArrayBuilder()
                .add("VerifiableCredential")).build();
        JsonObject otherSubject = Json.createObjectBuilder(list).add("credentialSubject", Json.createObjectBuilder(
                list.getJsonObject("credentialSubject")).add("type", "StatusList2021")).build();

        assertThat(ValidatorRules.statusList(list)).isEmpty();
        assertThat(ValidatorRules.context(v1Only, List.of(ValidatorRules.VC2)))
                .isEqualTo("missing required @context uri https://www.w3.org/ns/credentials/v2 at position 1");
        assertThat(ValidatorRules.type(plainCredential, List.of("BitstringStatusListCredential")))
                .isEqualTo("The type property does not contain the entry 'VerifiableCredential'");
        assertThat(ValidatorRules.credentialSubject(otherSubject, "BitstringStatusList", false, false))
                .isEqualTo("credentialSubject is not of type \"BitstringStatusList\"");
    }

    /**
     * The 1EdTech validator's Bitstring Status List rule as its source states it (digital-credentials-public-validator
     * 38254719, {@code BitstringStatusListProbe}, steps 3 to 10, after the list credential's own proof passed):
     * "revoked", "not revoked", or the validator's error.
     */
    private static String validatorStatusRule(JsonObject status, JsonObject list) throws Exception {
        String listProof = SpecVerifier.validatorProofRule(list);
        if (listProof != null) {
            return "status list: " + listProof;
        }
        String purpose = status.getString("statusPurpose").strip();
        JsonObject subject = list.getJsonObject("credentialSubject");
        if (!subject.getString("statusPurpose").strip().equals(purpose)) {
            return "statusPurpose mismatch";
        }
        if (subject.getString("encodedList", "").isEmpty()) {
            return "encodedList is empty";
        }
        int index = Integer.parseInt(status.getString("statusListIndex"));
        byte[] bits = bits(list);
        if (bits.length * 8 < 131_072) {
            return "revocation bitstring length is less than minimumNumberOfEntries";
        }
        if (index >= bits.length * 8L) {
            return "credentialIndex multiplied by the size is a value outside of the range of the bitstring";
        }
        return (bits[index / 8] & (1 << (7 - index % 8))) != 0 ? "revoked" : "not revoked";
    }

    private JsonObject badge(Holder holder) {
        return CertificateDocumentsTest.jsonObject(holder.browser.getJson(badgePath(holder)).body());
    }

    @Test
    void theListIsCacheableAndItsRateLimitIsNotTheVerifyPages() throws Exception {
        certify("Cal Cache");
        String listUrl = server.getURI() + StatusList.PATH;
        HttpResponse<String> first = get(listUrl, Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> conditional = get(listUrl, Map.of("If-None-Match", etag));
        // A scan of unknown ids until the page's limit answers (on a slow machine the first minute can end mid-scan).
        HttpResponse<String> pageAfterScan = get(server.getURI() + "/verify/AAAA-AAAA-AAAA-AAAA", Map.of());
        for (int i = 0; i < 3 * settings.verifyRequestsPerMinute() && pageAfterScan.statusCode() != 429; i++) {
            pageAfterScan = get(server.getURI() + "/verify/AAAA-AAAA-AAAA-AAAA", Map.of());
        }
        HttpResponse<String> listAfterScan = get(listUrl, Map.of());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).contains(VerifyController.LIST_CACHE);
        assertThat(conditional.statusCode()).isEqualTo(304);
        assertThat(pageAfterScan.statusCode()).isEqualTo(429);
        assertThat(listAfterScan.statusCode()).isEqualTo(200);
        assertThat(listAfterScan.headers().firstValue("ETag")).contains(etag);
    }

    @Test
    void badgesSignedBeforeAKeyRotationStillVerifyWhileTheOldKeyIsListed() throws Exception {
        Holder holder = certify("Rita Rotation");
        JsonObject earlier = CertificateDocumentsTest.jsonObject(holder.browser.getJson(badgePath(holder)).body());
        CertificationRow row = certifications.findByCredentialId(holder.credentialId).orElseThrow();

        SigningKeys rotated = keysFrom(rotatedKeystore(true));
        IssuerIdentity rotatedIssuer = new IssuerIdentity(rotated, views);
        JsonObject later = new CredentialSigner(rotated, rotatedIssuer).sign(badges.unsigned(row), clock.instant());
        JsonObject didDocument = Json.createObjectBuilder(rotatedIssuer.document()).build();
        JsonObject withoutOldKey = Json.createObjectBuilder(new IssuerIdentity(keysFrom(rotatedKeystore(false)), views)
                .document()).build();

        assertThat(didDocument.getJsonArray("verificationMethod")).hasSize(2);
        assertThat(new SpecVerifier(didDocument).verify(earlier)).isTrue();
        assertThat(new SpecVerifier(didDocument).verify(later)).isTrue();
        assertThat(new SpecVerifier(withoutOldKey).verify(earlier)).isFalse();
        assertThat(holder.browser.getJson(badgePath(holder)).body()).isEqualTo(earlier.toString());
    }

    @Test
    void aBadgeStoredWithTheUndefinedSchemaTypeIsSignedAgainAtItsNextDownloadAndThenServedAsStored() throws Exception {
        Holder holder = certify("Olga Oldtype");
        CertificationRow row = certifications.findByCredentialId(holder.credentialId).orElseThrow();
        Instant oldSigning = clock.instant();
        JsonObject signedNow = new CredentialSigner(keys, new IssuerIdentity(keys, views)).sign(badges.unsigned(row), oldSigning);
        JsonObject beforeAdr23 = Json.createObjectBuilder(signedNow)
                .add("@context", Json.createArrayBuilder(Badges.CONTEXT.subList(0, 2))).build();
        storedDocuments.insertIfAbsent(row.id(), "BADGE", "en", beforeAdr23.toString().getBytes(StandardCharsets.UTF_8), oldSigning);
        clock.advance(Duration.ofMinutes(5));
        Instant downloadStarted = clock.instant();

        Browser.Page first = holder.browser.getJson(badgePath(holder));
        String second = holder.browser.getJson(badgePath(holder)).body();

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonObject badge = CertificateDocumentsTest.jsonObject(first.body());
        assertThat(badge.getJsonArray("@context").getValuesAs(jakarta.json.JsonString::getString)).as(first.body())
                .isEqualTo(Badges.CONTEXT);
        assertThat(Instant.parse(badge.getJsonArray("proof").getJsonObject(0).getString("created")))
                .isBetween(downloadStarted.truncatedTo(ChronoUnit.SECONDS), clock.instant());
        assertThat(badge.getJsonObject("credentialStatus")).isEqualTo(beforeAdr23.getJsonObject("credentialStatus"));
        assertThat(new SpecVerifier(CertificateDocumentsTest.jsonObject(
                new Browser(server.getURI()).getJson("/.well-known/did.json").body())).verify(badge)).isTrue();
        assertThat(second).isEqualTo(first.body());
        assertThat(storedDocuments.findByCertificationIdAndKindAndLanguage(row.id(), CertificationDocument.Kind.BADGE, "en")
                .orElseThrow().signedAt()).isBetween(downloadStarted, clock.instant());
    }

    @Test
    void aDownloadedPdfIsSignedNowInsideTheCertificatesValidity() throws Exception {
        Holder holder = certify("Tim Signing");
        Instant before = clock.instant().minusSeconds(1);

        byte[] pdf = holder.browser.download("/certifications/" + holder.credentialId + "/certificate.pdf").bytes();

        Signed signed = Signed.of(pdf);
        assertThat(signed.signingTime()).isAfter(before).isBefore(clock.instant().plusSeconds(1));
        assertThat(signed.certificate().isValidOn(Date.from(signed.signingTime()))).isTrue();
        assertThat(signed.verifies()).isTrue();
        assertThat(openssl(signed, signed.signingTime())).isZero();
    }

    @Test
    void aPdfSignedBeforeTheCertificateWasReplacedStillVerifiesAtItsSigningTime() throws Exception {
        Instant now = clock.instant();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, PASSWORD);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        SigningKeys.add(store, SigningKeys.PDF, rsa.generateKeyPair(), "SHA256withRSA", "Retired 2026", PASSWORD,
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));
        SigningKeys.add(store, SigningKeys.BADGE, KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), "Ed25519",
                "Badges", PASSWORD);
        CertificatePdf retired = new CertificatePdf(renderer, keysFrom(save(store)), views, documents,
                new TimestampAuthority(null), clock, preferences, pathRules);
        CertificationRow row = certifications.findByCredentialId(certify("Olga Old").credentialId).orElseThrow();
        byte[] unsigned = renderer.render(CertificateRenderer.Content.of(row, views.verifyUrl(row.credentialId())));
        Instant signedAt = now.minus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        Signed old = Signed.of(retired.sign(unsigned, signedAt, row.credentialId()));

        assertThat(old.signingTime()).isEqualTo(signedAt);
        assertThat(old.verifies()).isTrue();
        assertThat(openssl(old, signedAt)).isZero();
        assertThat(openssl(old, now)).isNotZero();
        assertThatThrownBy(() -> retired.sign(unsigned, now, row.credentialId()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not valid at the signing time");
    }

    @Test
    void withATimestampAuthorityTheSignatureCarriesItsTokenOverTheSignatureValue() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        java.security.KeyPair tsaKey = rsa.generateKeyPair();
        org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500Name("CN=Test TSA");
        java.security.cert.X509Certificate tsaCertificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                .getCertificate(new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name, java.math.BigInteger.ONE,
                        Date.from(clock.instant().minus(Duration.ofDays(1))), Date.from(clock.instant().plus(Duration.ofDays(30))),
                        name, tsaKey.getPublic())
                        .addExtension(org.bouncycastle.asn1.x509.Extension.extendedKeyUsage, true,
                                new org.bouncycastle.asn1.x509.ExtendedKeyUsage(org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_timeStamping))
                        .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(tsaKey.getPrivate())));
        org.bouncycastle.tsp.TimeStampTokenGenerator tokens = new org.bouncycastle.tsp.TimeStampTokenGenerator(
                new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsaKey.getPrivate(), tsaCertificate),
                new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build().get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new org.bouncycastle.cert.jcajce.JcaCertStore(List.of(tsaCertificate)));
        org.bouncycastle.tsp.TimeStampResponseGenerator responses = new org.bouncycastle.tsp.TimeStampResponseGenerator(
                tokens, org.bouncycastle.tsp.TSPAlgorithms.ALLOWED);
        com.sun.net.httpserver.HttpServer tsa = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        tsa.createContext("/tsa", exchange -> {
            try {
                byte[] reply = responses.generate(new org.bouncycastle.tsp.TimeStampRequest(exchange.getRequestBody().readAllBytes()),
                        java.math.BigInteger.valueOf(System.nanoTime()), Date.from(clock.instant())).getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, reply.length);
                exchange.getResponseBody().write(reply);
            } catch (org.bouncycastle.tsp.TSPException e) {
                exchange.sendResponseHeaders(500, -1);
            }
            exchange.close();
        });
        tsa.start();
        try {
            CertificatePdf stamping = new CertificatePdf(renderer, keys, views, documents,
                    new TimestampAuthority("http://127.0.0.1:" + tsa.getAddress().getPort() + "/tsa"), clock,
                    preferences, pathRules);
            CertificationRow row = certifications.findByCredentialId(certify("Tess Stamp").credentialId).orElseThrow();
            byte[] unsigned = renderer.render(CertificateRenderer.Content.of(row, views.verifyUrl(row.credentialId())));

            Signed signed = Signed.of(stamping.sign(unsigned, clock.instant(), row.credentialId()));

            org.bouncycastle.asn1.cms.Attribute attribute = signed.signer().getUnsignedAttributes()
                    .get(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            assertThat(attribute).isNotNull();
            org.bouncycastle.tsp.TimeStampToken token = new org.bouncycastle.tsp.TimeStampToken(
                    org.bouncycastle.asn1.cms.ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificate));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(
                    java.security.MessageDigest.getInstance("SHA-256").digest(signed.signer().getSignature()));
            assertThat(signed.verifies()).isTrue();
            assertThat(openssl(signed, signed.signingTime())).isZero();
        } finally {
            tsa.stop(0);
        }
    }

    /** A PDF's detached CMS signature, its signed bytes and the certificate it carries. */
    private record Signed(byte[] content, byte[] signature, SignerInformation signer, X509CertificateHolder certificate) {

        @SuppressWarnings("unchecked")
        static Signed of(byte[] pdf) throws Exception {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDSignature signature = doc.getSignatureDictionaries().get(0);
                byte[] content = signature.getSignedContent(pdf);
                byte[] contents = signature.getContents(pdf);
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(content), contents);
                SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
                X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
                        .getMatches(signer.getSID()).iterator().next();
                return new Signed(content, contents, signer, certificate);
            }
        }

        Instant signingTime() {
            return Time.getInstance(signer.getSignedAttributes().get(CMSAttributes.signingTime).getAttrValues()
                    .getObjectAt(0)).getDate().toInstant();
        }

        /** BouncyCastle checks the digest, the signature, and the certificate's validity at the signing time. */
        boolean verifies() throws Exception {
            try {
                return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            } catch (CMSVerifierCertificateNotValidException e) {
                return false;
            }
        }
    }

    /** {@code openssl cms -verify -attime}: the exit status, 0 when the signature and certificate hold at that time. */
    private static int openssl(Signed signed, Instant at) throws Exception {
        Path openssl = Path.of("/usr/bin/openssl");
        Assumptions.assumeTrue(Files.isExecutable(openssl), "openssl is not installed");
        Path dir = Files.createTempDirectory("cms");
        Files.write(dir.resolve("content.bin"), signed.content());
        Files.write(dir.resolve("signature.der"), trimmed(signed.signature()));
        String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(signed.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n";
        Files.writeString(dir.resolve("certificate.pem"), pem);
        Process process = new ProcessBuilder(openssl.toString(), "cms", "-verify", "-binary", "-inform", "DER",
                "-in", "signature.der", "-content", "content.bin", "-CAfile", "certificate.pem", "-purpose", "any",
                "-attime", String.valueOf(at.getEpochSecond()), "-out", "/dev/null")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        System.out.println("openssl -attime " + at + ": " + status + " " + output.trim());
        return status;
    }

    /** The PDF's /Contents is zero-padded after the DER structure; openssl wants the structure alone. */
    private static byte[] trimmed(byte[] der) throws Exception {
        try (var in = new org.bouncycastle.asn1.ASN1InputStream(new ByteArrayInputStream(der))) {
            return in.readObject().getEncoded("DER");
        }
    }

    private static boolean bit(JsonObject list, int index) throws Exception {
        return (bits(list)[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    private static byte[] bits(JsonObject list) throws Exception {
        String encoded = list.getJsonObject("credentialSubject").getString("encodedList");
        assertThat(encoded).startsWith("u");
        byte[] gzipped = Base64.getUrlDecoder().decode(encoded.substring(1));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    /** A keystore after a rotation: a new badge key, and (if kept) the old one renamed badges-2026-12. */
    private Path rotatedKeystore(boolean keepOld) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, PASSWORD);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        SigningKeys.add(store, SigningKeys.PDF, rsa.generateKeyPair(), "SHA256withRSA", "Certificates", PASSWORD);
        SigningKeys.add(store, SigningKeys.BADGE, KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), "Ed25519",
                "Badges 2027", PASSWORD);
        if (keepOld) {
            store.setCertificateEntry(SigningKeys.BADGE + "-2026-12", keys.badge().certificate());
        }
        return save(store);
    }

    private static Path save(KeyStore store) throws Exception {
        Path file = Files.createTempFile("rotated-keys", ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }

    private SigningKeys keysFrom(Path keystore) {
        return new SigningKeys(new CertificationSettings(settings.recertificationWindowDays(), settings.reminderDays(),
                keystore, new String(PASSWORD), false, settings.verifyRequestsPerMinute(),
                settings.statusListRequestsPerMinute(), settings.publishRevocationReason(), settings.serveCredentialAtVerifyUrl(),
                settings.linkedinOrganizationId()));
    }

    private void revoke(String credentialId) {
        UserSummary admin = fixtures.user("Ada Admin " + credentialId, Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        browser.get("/admin/certifications?q=" + credentialId);
        assertThat(browser.post("/admin/certifications/" + credentialId + "/revoke",
                Map.of("reason", "Taken by a colleague")).status()).isEqualTo(303);
    }

    private HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
        String local = url.startsWith(baseUrl) ? server.getURI() + url.substring(baseUrl.length()) : url;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(local)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String badgePath(Holder holder) {
        return "/certifications/" + holder.credentialId + "/badge.json";
    }

    private record Holder(String credentialId, Browser browser) {
    }

    private Holder certify(String name) {
        UserSummary user = fixtures.user(name, Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        return holder(user, certifications.findByUserIdOrderByIssuedAtDesc(user.id()).get(0).credentialId());
    }

    private Holder holder(UserSummary user, String credentialId) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return new Holder(credentialId, browser);
    }
}
