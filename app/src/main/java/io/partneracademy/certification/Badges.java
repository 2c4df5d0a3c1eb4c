package io.partneracademy.certification;

import io.partneracademy.accounts.Users;
import io.partneracademy.web.Language;
import jakarta.inject.Singleton;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Open Badges 3.0 credentials: an OpenBadgeCredential whose achievement is a Certification, valid from issue to
 * expiry, with a W3C Bitstring Status List entry for revocation, secured by a Data Integrity proof with the
 * eddsa-rdfc-2022 cryptosuite (the one OB 3.0 conformance asks for) and the issuer's did:web key. A badge is signed
 * once, at its first download, and then served as stored (see {@link SignedDocuments}).
 */
@Singleton
public class Badges {

    /**
     * VC 2.0, OB 3.0.3 and the OB extensions context, in the order of the OB 3.0 examples; the extensions context is
     * the one that defines {@code 1EdTechJsonSchemaValidator2019}, the credentialSchema type (see ADR 0024).
     */
    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json");
    static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private final CredentialSigner signer;
    private final Achievements achievements;
    private final StatusList statusList;
    private final Certifications certifications;
    private final Users users;
    private final SignedDocuments documents;

    Badges(CredentialSigner signer, Achievements achievements, StatusList statusList, Certifications certifications, Users users,
           SignedDocuments documents) {
        this.signer = signer;
        this.achievements = achievements;
        this.statusList = statusList;
        this.certifications = certifications;
        this.users = users;
        this.documents = documents;
    }

    /** The signed credential's JSON, as first signed (or as signed again when ADR 0024 replaced it). */
    byte[] badge(CertificationRow c) {
        return documents.get(c, CertificationDocument.Kind.BADGE, Language.DEFAULT.tag(),
                signedAt -> signer.sign(unsigned(c), signedAt).toString().getBytes(StandardCharsets.UTF_8),
                Badges::hasCurrentContext);
    }

    /**
     * Whether a stored badge names today's contexts; one signed before ADR 0024 lacks the extensions context, so its
     * credentialSchema type was undefined and Digital Bazaar's verifier refused it: it is signed again.
     */
    static boolean hasCurrentContext(byte[] badge) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(badge))) {
            JsonValue context = reader.readObject().get("@context");
            return context != null && context.equals(Json.createArrayBuilder(CONTEXT).build());
        } catch (JsonException | ClassCastException e) {
            return false;
        }
    }

    /** The credential before its proof. */
    Map<String, Object> unsigned(CertificationRow c) {
        Map<String, Object> profile = achievements.profile();
        Map<String, Object> achievement = achievements.achievement(c.pathId(), c.pathTitle(), c.level().name());
        String salt = HexFormat.of().formatHex(EddsaRdfc2022.sha256(c.credentialId() + ":salt")).substring(0, 16);
        String email = users.get(c.userId()).email().toLowerCase(Locale.ROOT);
        Map<String, Object> subject = map(
                "type", List.of("AchievementSubject"),
                "identifier", List.of(map("type", "IdentityObject", "identityType", "emailAddress", "hashed", true,
                        "identityHash", "sha256$" + HexFormat.of().formatHex(EddsaRdfc2022.sha256(email + salt)), "salt", salt)),
                "achievement", achievement);
        return map(
                "@context", CONTEXT,
                "id", certifications.verifyUrl(c.credentialId()),
                "type", List.of("VerifiableCredential", "OpenBadgeCredential"),
                "name", c.pathTitle() + " – " + c.holderName(),
                "issuer", profile,
                "validFrom", seconds(c.issuedAt()),
                "validUntil", seconds(c.expiresAt()),
                "credentialSubject", subject,
                "evidence", List.of(map("type", List.of("Evidence"), "name", "Certification exam passed",
                        "description", "Passed the " + c.pathTitle() + " exam and completed the path’s required courses and lab tracks.")),
                "credentialSchema", List.of(map("id", SCHEMA, "type", "1EdTechJsonSchemaValidator2019")),
                "credentialStatus", statusList.entry(c));
    }

    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
