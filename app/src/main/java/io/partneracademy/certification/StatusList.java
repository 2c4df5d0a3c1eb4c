package io.partneracademy.certification;

import jakarta.inject.Singleton;
import jakarta.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

/**
 * The W3C Bitstring Status List (Recommendation 2025) for revocation: one signed BitstringStatusListCredential at
 * {@value #PATH}, whose bit at a certification's row id is 1 when it is revoked. The list is signed again only when
 * a revocation or a new certification changes it; until then every request gets the same bytes and ETag.
 * ADR 0014 says why this and not the 1EdTech Revocation List.
 */
@Singleton
class StatusList {

    static final String PATH_IN_VERIFY = "/status/revocation";
    static final String PATH = "/verify" + PATH_IN_VERIFY;
    /** The Recommendation's minimum size, 16 KiB of bits, for group privacy. */
    static final int MINIMUM_ENTRIES = 131_072;

    private final CertificationRepository certifications;
    private final Certifications views;
    private final IssuerIdentity issuer;
    private final CredentialSigner signer;
    private final Clock clock;
    private final AtomicReference<Published> published = new AtomicReference<>();

    StatusList(CertificationRepository certifications, Certifications views, IssuerIdentity issuer,
               CredentialSigner signer, Clock clock) {
        this.certifications = certifications;
        this.views = views;
        this.issuer = issuer;
        this.signer = signer;
        this.clock = clock;
    }

    /** The signed list as served, with its ETag. */
    record Published(String state, byte[] body, String etag) {
    }

    /** The credentialStatus a badge carries. */
    Map<String, Object> entry(CertificationRow c) {
        String url = url();
        return Badges.map("id", url + "#" + c.id(), "type", "BitstringStatusListEntry", "statusPurpose", "revocation",
                "statusListIndex", String.valueOf(c.id()), "statusListCredential", url);
    }

    String url() {
        return views.baseUrl() + PATH;
    }

    /** The current list, re-signed only if the revoked set or the size changed since it was last signed. */
    Published current() {
        List<Long> revoked = certifications.findRevokedIds();
        int size = size(certifications.maxId());
        String state = size + ":" + revoked + ":" + issuer.currentMethod();
        Published last = published.get();
        if (last != null && last.state().equals(state)) {
            return last;
        }
        Published fresh = publish(state, revoked, size);
        published.set(fresh);
        return fresh;
    }

    private Published publish(String state, List<Long> revoked, int size) {
        String url = url();
        Map<String, Object> credential = Badges.map(
                "@context", List.of("https://www.w3.org/ns/credentials/v2"),
                "id", url,
                "type", List.of("VerifiableCredential", "BitstringStatusListCredential"),
                "issuer", issuer.did(),
                "validFrom", clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                "credentialSubject", Badges.map("id", url + "#list", "type", "BitstringStatusList",
                        "statusPurpose", "revocation", "encodedList", encodedList(revoked, size)));
        JsonObject signed = signer.sign(credential, clock.instant());
        byte[] body = signed.toString().getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + HexFormat.of().formatHex(EddsaRdfc2022.sha256(signed.toString())).substring(0, 32) + "\"";
        return new Published(state, body, etag);
    }

    /** At least the minimum, and room for every certification id so far, in whole bytes. */
    static int size(long maxId) {
        long needed = (maxId + 1 + 7) / 8 * 8;
        return (int) Math.max(MINIMUM_ENTRIES, needed);
    }

    /**
     * The Recommendation's encoding: bit i is the i-th bit from the left (index 0 is the high bit of the first
     * byte), GZIP-compressed, then multibase base64url without padding ('u').
     */
    static String encodedList(List<Long> set, int size) {
        byte[] bits = new byte[size / 8];
        for (long index : set) {
            bits[(int) (index / 8)] |= (byte) (0x80 >>> (int) (index % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
