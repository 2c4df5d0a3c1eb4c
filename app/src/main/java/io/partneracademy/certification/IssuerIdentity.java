package io.partneracademy.certification;

import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The badge issuer as a did:web derived from the public base URL (https://academy.example.com becomes
 * did:web:academy.example.com), so a verifier ties a badge to the domain that serves its DID document. Each key
 * is named by its own multibase public key, which keeps a verification method id stable across rotations.
 */
@Singleton
class IssuerIdentity {

    static final String DID_PATH = "/.well-known/did.json";
    private static final byte[] ED25519_MULTICODEC = {(byte) 0xed, 0x01};

    private final SigningKeys keys;
    private final String did;

    IssuerIdentity(SigningKeys keys, Certifications certifications) {
        this.keys = keys;
        this.did = didWeb(certifications.baseUrl());
    }

    /** did:web for a base URL: the host, a port as %3A, and any path segments after colons (did:web 3.2). */
    static String didWeb(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (uri.getHost() == null) {
            throw new IllegalStateException("partneracademy.public-base-url must be an absolute URL with a host: " + baseUrl);
        }
        StringBuilder out = new StringBuilder("did:web:").append(uri.getHost());
        if (uri.getPort() != -1) {
            out.append("%3A").append(uri.getPort());
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                out.append(':').append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    String did() {
        return did;
    }

    /** The verification method that signs new badges. */
    String currentMethod() {
        return methodId(keys.badge().certificate().getPublicKey());
    }

    String methodId(PublicKey key) {
        return did + "#" + multibase(key);
    }

    /** The DID document: the current key and every earlier one, all allowed to assert credentials. */
    Map<String, Object> document() {
        List<PublicKey> all = new ArrayList<>();
        all.add(keys.badge().certificate().getPublicKey());
        all.addAll(keys.earlierBadgeKeys());
        List<Object> methods = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        for (PublicKey key : all) {
            Map<String, Object> method = new LinkedHashMap<>();
            method.put("id", methodId(key));
            method.put("type", "Multikey");
            method.put("controller", did);
            method.put("publicKeyMultibase", multibase(key));
            methods.add(method);
            ids.add(methodId(key));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"));
        document.put("id", did);
        document.put("verificationMethod", methods);
        document.put("assertionMethod", ids);
        return document;
    }

    /** An Ed25519 public key as Multikey: base58btc of the multicodec 0xed01 and the 32 raw key bytes. */
    static String multibase(PublicKey key) {
        byte[] encoded = key.getEncoded();
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        byte[] prefixed = Arrays.copyOf(ED25519_MULTICODEC, 34);
        System.arraycopy(raw, 0, prefixed, 2, 32);
        return "z" + Base58.encode(prefixed);
    }
}
