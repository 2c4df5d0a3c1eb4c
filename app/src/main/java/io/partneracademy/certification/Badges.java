package io.partneracademy.certification;

import io.partneracademy.accounts.Users;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open Badges 3.0 credentials: an OpenBadgeCredential (the type the spec also calls AchievementCredential) whose
 * achievement is a Certification, valid from issue to expiry, with a revocation status entry, secured by a Data
 * Integrity proof with the eddsa-jcs-2022 cryptosuite and the platform's Ed25519 key, published as a did:key so
 * any verifier can check it without calling us.
 */
@Singleton
public class Badges {

    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    private static final byte[] ED25519_MULTICODEC = {(byte) 0xed, 0x01};

    private final SigningKeys keys;
    private final Certifications certifications;
    private final Users users;

    Badges(SigningKeys keys, Certifications certifications, Users users) {
        this.keys = keys;
        this.certifications = certifications;
        this.users = users;
    }

    /** The signed credential as a JSON tree (maps, lists, strings, booleans). */
    Map<String, Object> credential(CertificationRow c) {
        String base = certifications.baseUrl();
        String did = did();
        Map<String, Object> issuer = map("id", did, "type", List.of("Profile"), "name", "Partner Academy", "url", base);
        Map<String, Object> achievement = map(
                "id", base + "/paths/" + c.pathId(),
                "type", List.of("Achievement"),
                "achievementType", "Certification",
                "name", c.pathTitle(),
                "description", "The " + CertificateRenderer.level(c.level()) + " level certification of the Partner Academy program.",
                "criteria", map("narrative", "Pass the " + c.pathTitle() + " exam and complete the path’s required "
                        + "courses and lab tracks while holding the previous level’s certification."),
                "creator", issuer);
        String salt = HexFormat.of().formatHex(sha256(c.credentialId() + ":salt")).substring(0, 16);
        String email = users.get(c.userId()).email().toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> subject = map(
                "type", List.of("AchievementSubject"),
                "identifier", List.of(map("type", "IdentityObject", "identityType", "emailAddress", "hashed", true,
                        "identityHash", "sha256$" + HexFormat.of().formatHex(sha256(email + salt)), "salt", salt)),
                "achievement", achievement);
        Map<String, Object> credential = map(
                "@context", CONTEXT,
                "id", certifications.verifyUrl(c.credentialId()),
                "type", List.of("VerifiableCredential", "OpenBadgeCredential"),
                "name", c.pathTitle() + " – " + c.holderName(),
                "issuer", issuer,
                "validFrom", c.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                "validUntil", c.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                "credentialSubject", subject,
                "credentialStatus", map("id", base + "/verify/revocations", "type", "1EdTechRevocationList"));
        Map<String, Object> proof = map(
                "type", "DataIntegrityProof",
                "cryptosuite", "eddsa-jcs-2022",
                "created", c.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                "verificationMethod", did + "#" + did.substring("did:key:".length()),
                "proofPurpose", "assertionMethod");
        proof.put("proofValue", "z" + Base58.encode(sign(hashData(credential, proof))));
        credential.put("proof", proof);
        return credential;
    }

    /** The issuer's did:key: the Ed25519 public key, multicodec-prefixed and base58btc-encoded. */
    String did() {
        return "did:key:z" + Base58.encode(concat(ED25519_MULTICODEC, rawPublicKey(keys.badge().certificate().getPublicKey())));
    }

    /**
     * The bytes eddsa-jcs-2022 signs: SHA-256 of the canonical proof options (with the document's context) followed
     * by SHA-256 of the canonical document without its proof.
     */
    static byte[] hashData(Map<String, Object> document, Map<String, Object> proofOptions) {
        Map<String, Object> unsecured = new LinkedHashMap<>(document);
        unsecured.remove("proof");
        Map<String, Object> config = new LinkedHashMap<>(proofOptions);
        config.remove("proofValue");
        config.put("@context", document.get("@context"));
        return concat(sha256(Jcs.canonical(config)), sha256(Jcs.canonical(unsecured)));
    }

    /** Checks a credential's proof against an Ed25519 public key (the did:key in its verification method). */
    static boolean verify(Map<String, Object> credential, PublicKey key) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> proof = (Map<String, Object>) credential.get("proof");
            String value = (String) proof.get("proofValue");
            if (value == null || !value.startsWith("z")) {
                return false;
            }
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(hashData(credential, proof));
            return verifier.verify(Base58.decode(value.substring(1)));
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.badge().privateKey());
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the badge", e);
        }
    }

    /** The 32 key bytes at the end of an Ed25519 SubjectPublicKeyInfo. */
    static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
