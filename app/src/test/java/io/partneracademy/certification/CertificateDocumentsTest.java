package io.partneracademy.certification;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.micronaut.context.annotation.Value;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate PDF and the Open Badge, downloaded as the holder does and checked the way a verifier would. */
@MicronautTest(transactional = false)
@io.micronaut.context.annotation.Property(name = "partneracademy.certification.design.signatory-name", value = "Dana Whitfield")
@io.micronaut.context.annotation.Property(name = "partneracademy.certification.design.signatory-title", value = "Director, Partner Academy")
@SuppressWarnings("unchecked")
class CertificateDocumentsTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    CertificationRepository certifications;
    @Inject
    JsonMapper json;
    @Inject
    io.partneracademy.accounts.PersonPreferences preferences;
    @Value("${partneracademy.public-base-url}")
    String baseUrl;

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Łukasz Żółć-Ørsted", "Ἀλέξανδρος Παπαδόπουλος", "Дмитрий Шостакович", "王小明",
            "山田 太郎", "김민준", "Zoë O’Brien 林"})
    void theCertificateCarriesTheNameInAnyScriptTheIdAndTheDates(String name) throws Exception {
        Holder holder = certify(name);

        byte[] pdf = holder.browser.download("/certifications/" + holder.credentialId + "/certificate.pdf").bytes();

        CertificationRow row = certifications.findByCredentialId(holder.credentialId).orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(name, holder.credentialId, "Basics Path", "Certified Foundation",
                    "has earned the Foundation certification", "Dana Whitfield", "Director, Partner Academy",
                    longDate(row.issuedAt()), longDate(row.expiresAt()), "certificate", "certifies");
            assertThat(drawnText(doc)).contains("Certified", "certifies", "certificate", "certification")
                    .doesNotContain("\uFB01");
        }
    }

    @Test
    void theCertificateIsInTheHoldersLanguageWithEveryFontAnEmbeddedSubsetAndEachLanguagesCopyStaysGenuine()
            throws Exception {
        Holder holder = certify("佐藤 健二");
        String path = "/certifications/" + holder.credentialId + "/certificate.pdf";
        preferences.save(holder.userId, "ja", java.time.ZoneId.of("Asia/Tokyo"));
        byte[] japanese = holder.browser.download(path).bytes();
        preferences.save(holder.userId, "de", java.time.ZoneId.of("Europe/Berlin"));
        byte[] german = holder.browser.download(path).bytes();
        preferences.save(holder.userId, "fr", java.time.ZoneId.of("Europe/Paris"));
        byte[] french = holder.browser.download(path).bytes();
        preferences.save(holder.userId, "ja", java.time.ZoneId.of("Asia/Tokyo"));
        byte[] japaneseAgain = holder.browser.download(path).bytes();

        CertificationRow row = certifications.findByCredentialId(holder.credentialId).orElseThrow();
        assertThat(text(japanese)).contains("佐藤 健二", "Foundation 認定証", "次の方が", "Foundation 認定を取得したことを証明します",
                "Basics Path", "発行日 " + date(row.issuedAt(), "uuuu年M月d日", Locale.JAPANESE, "Asia/Tokyo"),
                "有効期限 " + date(row.expiresAt(), "uuuu年M月d日", Locale.JAPANESE, "Asia/Tokyo"),
                "認定 ID " + holder.credentialId, "この認定証が現在も有効かどうか").doesNotContain("Certified", "Issued");
        assertThat(text(german)).contains("佐藤 健二", "Zertifikat Foundation", "Hiermit wird bestätigt, dass",
                "die Foundation-Zertifizierung erworben hat",
                "Ausgestellt am " + date(row.issuedAt(), "d. MMMM uuuu", Locale.GERMAN, "Europe/Berlin"),
                "Gültig bis " + date(row.expiresAt(), "d. MMMM uuuu", Locale.GERMAN, "Europe/Berlin"),
                "Credential-ID " + holder.credentialId).doesNotContain("Certified");
        assertThat(text(french)).contains("Certification Foundation", "Nous certifions que",
                "a obtenu la certification Foundation",
                "Délivré le " + date(row.issuedAt(), "d MMMM uuuu", Locale.FRENCH, "Europe/Paris"),
                "Valable jusqu’au " + date(row.expiresAt(), "d MMMM uuuu", Locale.FRENCH, "Europe/Paris"),
                "Identifiant de l’attestation " + holder.credentialId).doesNotContain("Certified");
        assertThat(Arrays.equals(japaneseAgain, japanese)).as("the Japanese copy is kept as first signed").isTrue();
        try (PDDocument doc = Loader.loadPDF(japanese)) {
            List<String> fonts = new java.util.ArrayList<>();
            for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getFontNames()) {
                var font = (org.apache.pdfbox.pdmodel.font.PDType0Font) doc.getPage(0).getResources().getFont(name);
                assertThat(font.getDescendantFont().getFontDescriptor().getFontFile2()).as(font.getName()).isNotNull();
                fonts.add(font.getName());
            }
            assertThat(fonts).allMatch(f -> f.matches("[A-Z]{6}\\+.+"), "a subset tag").anyMatch(f -> f.contains("DroidSansFallback"));
        }
        assertThat(checkPdf(japanese).text()).contains("Genuine and unmodified");
        assertThat(checkPdf(german).text()).contains("Genuine and unmodified");
        assertThat(checkPdf(french).text()).contains("Genuine and unmodified");
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theSignedCertificateIsPdfA2bByVeraPdf() throws Exception {
        Holder holder = certify("Vera Archive 王小明");
        byte[] pdf = holder.browser.download("/certifications/" + holder.credentialId + "/certificate.pdf").bytes();

        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        org.verapdf.pdfa.results.ValidationResult result;
        try (org.verapdf.pdfa.PDFAParser parser = org.verapdf.pdfa.Foundries.defaultInstance().createParser(
                new java.io.ByteArrayInputStream(pdf), org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B);
             org.verapdf.pdfa.PDFAValidator validator = org.verapdf.pdfa.Foundries.defaultInstance().createValidator(
                     org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B, false)) {
            result = validator.validate(parser);
        }

        assertThat(result.getTestAssertions().stream()
                .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().toList()).isEmpty();
        assertThat(result.isCompliant()).isTrue();
    }

    @Test
    void anyoneCanDropACertificatePdfAndLearnWhetherItIsGenuine() throws Exception {
        Holder holder = certify("Gene Uine");
        byte[] pdf = holder.browser.download("/certifications/" + holder.credentialId + "/certificate.pdf").bytes();
        byte[] changed = java.util.Arrays.copyOf(pdf, pdf.length + 1);
        changed[pdf.length] = '\n';
        byte[] foreign;
        try (PDDocument doc = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            foreign = out.toByteArray();
        }

        String genuine = checkPdf(pdf).text();
        String appended = checkPdf(changed).text();
        String notOurs = checkPdf(foreign).text();
        String notPdf = checkPdf("hello".getBytes(StandardCharsets.UTF_8)).text();

        assertThat(genuine).contains("Genuine and unmodified", "Gene Uine", "Basics Path", "Active", holder.credentialId);
        assertThat(appended).contains("Changed").doesNotContain("Gene Uine");
        assertThat(notOurs).contains("Not a certificate issued by Partner Academy");
        assertThat(notPdf).contains("Not a readable PDF file");
        assertThat(new Browser(server.getURI()).get("/verify").text()).contains("Check that the file is genuine");
    }

    private Browser.Page checkPdf(byte[] file) {
        Browser anonymous = new Browser(server.getURI());
        anonymous.get("/verify/pdf");
        Browser.Page page = anonymous.postMultipartForm("/verify/pdf", Map.of(), "file", "certificate.pdf", file,
                Map.of("Origin", anonymous.origin(), "Sec-Fetch-Site", "same-origin"));
        assertThat(page.status()).isEqualTo(200);
        return page;
    }

    @Test
    void theQrCodeOpensTheVerifyPage() throws Exception {
        Holder holder = certify("Quinn Scanner");
        byte[] pdf = holder.browser.download("/certifications/" + holder.credentialId + "/certificate.pdf").bytes();

        String decoded;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
        }

        assertThat(decoded).isEqualTo(baseUrl + "/verify/" + holder.credentialId);
        assertThat(new Browser(server.getURI()).get(decoded.substring(baseUrl.length())).text())
                .contains("Active", "Quinn Scanner");
    }

    @Test
    void twoDownloadsAreByteIdenticalAndTheSignatureValidates() throws Exception {
        Holder holder = certify("Sig Nature");
        Browser.Download first = holder.browser.download("/certifications/" + holder.credentialId + "/certificate.pdf");
        byte[] second = holder.browser.download("/certifications/" + holder.credentialId + "/certificate.pdf").bytes();

        assertThat(first.contentType()).startsWith("application/pdf");
        assertThat(Arrays.equals(first.bytes(), second)).isTrue();
        try (PDDocument doc = Loader.loadPDF(first.bytes())) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).isEqualTo(first.bytes().length);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(first.bytes())),
                    signature.getContents(first.bytes()));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
            assertThat(certificate.getSubject().toString()).contains("Partner Academy");

            byte[] tampered = first.bytes().clone();
            int inside = range[1] - 200;
            tampered[inside] = (byte) (tampered[inside] ^ 0x01);
            CMSSignedData altered = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(tampered)),
                    signature.getContents(first.bytes()));
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> altered.getSignerInfos().getSigners()
                    .iterator().next().verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))))
                    .isInstanceOf(org.bouncycastle.cms.CMSSignerDigestMismatchException.class);
        }
    }

    @Test
    void theBadgeIsAnOpenBadgeWhoseProofAFromTheSpecVerifierAccepts() throws Exception {
        Holder holder = certify("Bea Badge");
        Browser.Page download = holder.browser.getJson("/certifications/" + holder.credentialId + "/badge.json");
        assertThat(download.status()).isEqualTo(200);

        Map<String, Object> badge = json.readValue(download.body().getBytes(StandardCharsets.UTF_8), Map.class);

        assertThat((List<Object>) (List<?>) badge.get("@context")).containsExactly("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json");
        assertThat((List<Object>) (List<?>) badge.get("type")).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(badge.get("id")).isEqualTo(baseUrl + "/verify/" + holder.credentialId);
        CertificationRow row = certifications.findByCredentialId(holder.credentialId).orElseThrow();
        assertThat((String) badge.get("validFrom")).startsWith(row.issuedAt().toString().substring(0, 19));
        assertThat((String) badge.get("validUntil")).startsWith(row.expiresAt().toString().substring(0, 19));
        Map<?, ?> issuer = (Map<?, ?>) badge.get("issuer");
        assertThat((List<Object>) (List<?>) issuer.get("type")).containsExactly("Profile");
        assertThat(issuer.get("id")).isEqualTo("did:web:" + java.net.URI.create(baseUrl).getHost()
                + (java.net.URI.create(baseUrl).getPort() == -1 ? "" : "%3A" + java.net.URI.create(baseUrl).getPort()));
        Map<?, ?> subject = (Map<?, ?>) badge.get("credentialSubject");
        assertThat((List<Object>) (List<?>) subject.get("type")).containsExactly("AchievementSubject");
        Map<?, ?> achievement = (Map<?, ?>) subject.get("achievement");
        assertThat(achievement.get("achievementType")).isEqualTo("Certification");
        assertThat((java.util.Set<Object>) (java.util.Set<?>) achievement.keySet()).contains("id", "type", "name", "description", "criteria");
        Map<?, ?> status = (Map<?, ?>) badge.get("credentialStatus");
        assertThat(status.get("type")).isEqualTo("BitstringStatusListEntry");
        assertThat(status.get("statusPurpose")).isEqualTo("revocation");
        assertThat(download.body()).doesNotContain(holder.email);

        List<Map<?, ?>> proofs = (List<Map<?, ?>>) badge.get("proof");
        assertThat(proofs).hasSize(1);
        assertThat(proofs.get(0).get("cryptosuite")).isEqualTo("eddsa-rdfc-2022");
        assertThat(proofs.get(0).containsKey("@context")).isFalse();
        Browser.Page did = new Browser(server.getURI()).getJson("/.well-known/did.json");
        assertThat(did.status()).isEqualTo(200);
        assertThat(did.body()).contains("\"assertionMethod\"");
        SpecVerifier verifier = new SpecVerifier(jsonObject(did.body()));
        jakarta.json.JsonObject signed = jsonObject(download.body());
        assertThat(verifier.verify(signed)).isTrue();
        assertThat(verifier.verify(jakarta.json.Json.createObjectBuilder(signed).add("validUntil", "2099-01-01T00:00:00Z").build()))
                .isFalse();
        assertThat(holder.browser.getJson("/certifications/" + holder.credentialId + "/badge.json").body())
                .isEqualTo(download.body());
    }

    static jakarta.json.JsonObject jsonObject(String text) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void theAchievementIdIsAPublicPageThatAlsoAnswersJsonLd() throws Exception {
        Holder holder = certify("Ada Achiever");
        JsonObject badge = jsonObject(holder.browser.getJson("/certifications/" + holder.credentialId + "/badge.json").body());
        JsonObject achievement = badge.getJsonObject("credentialSubject").getJsonObject("achievement");
        String path = achievement.getString("id").substring(baseUrl.length());
        Browser anonymous = new Browser(server.getURI());

        Browser.Page page = anonymous.get(path);
        Browser.Page jsonLd = anonymous.getJson(path);
        Browser.Download image = anonymous.download(achievement.getJsonObject("image").getString("id").substring(baseUrl.length()));

        assertThat(path).isEqualTo("/achievements/basics");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Basics Path", "Foundation", "How it is earned");
        assertThat(jsonLd.status()).isEqualTo(200);
        JsonObject published = jsonObject(jsonLd.body());
        assertThat(jsonObject(jsonLd.body()).getJsonArray("@context")).isEqualTo(badge.getJsonArray("@context"));
        assertThat(Json.createObjectBuilder(published).remove("@context").build()).isEqualTo(achievement);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/svg+xml");
        assertThat(new String(image.bytes(), StandardCharsets.UTF_8)).contains("<svg", "FOUNDATION");
        assertThat(anonymous.get("/achievements/no-such-path").status()).isEqualTo(404);
    }

    @Test
    void nobodyElseDownloadsSomeoneElsesCertificate() {
        Holder holder = certify("Priv Acy");
        UserSummary other = fixtures.user("Nosy Neighbour", Role.LEARNER);
        Browser nosy = new Browser(server.getURI());
        nosy.login(other.email(), Fixtures.PASSWORD);

        assertThat(nosy.download("/certifications/" + holder.credentialId + "/certificate.pdf").status()).isEqualTo(404);
        assertThat(nosy.getJson("/certifications/" + holder.credentialId + "/badge.json").status()).isEqualTo(404);
        assertThat(nosy.get("/certifications?user=" + holder.userId).status()).isEqualTo(403);
        assertThat(holder.browser.get("/certifications").text()).contains(holder.credentialId, "Add to LinkedIn");
    }

    /**
     * The text as the page's glyphs map to Unicode, before PDFTextStripper's normalisation (which quietly splits
     * ligatures that other extractors, and search in many viewers, keep).
     */
    private static String drawnText(PDDocument doc) throws java.io.IOException {
        StringBuilder drawn = new StringBuilder();
        PDFTextStripper raw = new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                drawn.append(text.getUnicode());
            }
        };
        raw.getText(doc);
        return drawn.toString();
    }

    private static String longDate(java.time.Instant instant) {
        return DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH).format(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** A date as the language writes it out (CLDR's long format, spelled as a pattern here), in the zone. */
    private static String date(java.time.Instant instant, String pattern, Locale locale, String zone) {
        return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(java.time.ZoneId.of(zone)));
    }

    private record Holder(long userId, String email, String credentialId, Browser browser) {
    }

    private Holder certify(String name) {
        UserSummary user = fixtures.user(name, Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        String credentialId = certifications.findByUserIdOrderByIssuedAtDesc(user.id()).get(0).credentialId();
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return new Holder(user.id(), user.email(), credentialId, browser);
    }
}
