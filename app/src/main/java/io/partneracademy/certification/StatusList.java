package io.partneracademy.certification;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

/**
 * The W3C Bitstring Status List (Recommendation 2025) for revocation: one signed BitstringStatusListCredential at
 * {@value #PATH}, whose bit at a certification's position is 1 when it is revoked. A certification gets its position
 * when its badge is first signed: a random free one (the Recommendation's group privacy: a position tells nothing of
 * when or in what order a credential was issued); certifications from before V092 keep their row id. The list is
 * signed again only when a revocation or a new position changes it; until then every request gets the same bytes
 * and ETag. ADR 0014 says why this and not the 1EdTech Revocation List.
 */
@Singleton
class StatusList {

    static final String PATH_IN_VERIFY = "/status/revocation";
    static final String PATH = "/verify" + PATH_IN_VERIFY;
    /** The Recommendation's minimum size, 16 KiB of bits, for group privacy. */
    static final int MINIMUM_ENTRIES = 131_072;
    private static final int MAX_DRAWS = 64;

    private final CertificationRepository certifications;
    private final Certifications views;
    private final IssuerIdentity issuer;
    private final CredentialSigner signer;
    private final Clock clock;
    private final AtomicReference<Published> published = new AtomicReference<>();
    private final SecureRandom random = new SecureRandom();

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

    /** The credentialStatus a badge carries, at the certification's position (given one now if it has none). */
    Map<String, Object> entry(CertificationRow c) {
        int index = position(c);
        String url = url();
        return Badges.map("id", url + "#" + index, "type", "BitstringStatusListEntry", "statusPurpose", "revocation",
                "statusListIndex", String.valueOf(index), "statusListCredential", url);
    }

    /**
     * The certification's position in the list: the stored one, or a random free one, stored first. A draw that hits
     * a taken position (the unique key refuses it) draws again; the range is at least twice the positions in use, so
     * each draw succeeds at least half the time.
     */
    int position(CertificationRow c) {
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            int stored = certifications.statusIndexOf(c.id());
            if (stored >= 0) {
                return stored;
            }
            int candidate = random.nextInt(capacity(certifications.countStatusIndexes()));
            try {
                certifications.assignStatusIndex(c.id(), candidate);
            } catch (DataAccessException taken) {
                // another certification holds this position: draw again
            }
        }
        throw new IllegalStateException("No free status list position for certification " + c.credentialId()
                + " after " + MAX_DRAWS + " random draws");
    }

    /** The range random positions are drawn from: the minimum size, doubled until it is twice the positions in use. */
    static int capacity(long used) {
        long capacity = MINIMUM_ENTRIES;
        while (capacity < (used + 1) * 2) {
            capacity *= 2;
        }
        return (int) capacity;
    }

    String url() {
        return views.baseUrl() + PATH;
    }

    /** The current list, re-signed only if the revoked set or the size changed since it was last signed. */
    Published current() {
        List<Integer> revoked = certifications.findRevokedStatusIndexes();
        int size = Math.max(size(certifications.maxStatusIndex()), capacity(certifications.countStatusIndexes()));
        String state = size + ":" + revoked + ":" + issuer.currentMethod();
        Published last = published.get();
        if (last != null && last.state().equals(state)) {
            return last;
        }
        Published fresh = publish(state, revoked, size);
        published.set(fresh);
        return fresh;
    }

    private Published publish(String state, List<Integer> revoked, int size) {
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

    /** At least the minimum, and room for every position so far, in whole bytes. */
    static int size(long maxIndex) {
        long needed = (maxIndex + 1 + 7) / 8 * 8;
        return (int) Math.max(MINIMUM_ENTRIES, needed);
    }

    /**
     * The Recommendation's encoding: bit i is the i-th bit from the left (index 0 is the high bit of the first
     * byte), GZIP-compressed, then multibase base64url without padding ('u').
     */
    static String encodedList(List<Integer> set, int size) {
        byte[] bits = new byte[size / 8];
        for (int index : set) {
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
