package io.partneracademy.certification;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The eddsa-rdfc-2022 cryptosuite of the W3C Data Integrity EdDSA Recommendation (2025-05-15), step by step as
 * its sections 3.3.1 to 3.3.7 write it: the document and the proof configuration (the proof options with the
 * document's {@code @context}) are each turned into RDF, canonicalized with RDFC-1.0 and hashed with SHA-256; the
 * Ed25519 signature over both hashes is the proof value. Terms a context does not define are an error, never
 * silently dropped (nor are types or ids left relative), and contexts come only from a {@link BundledContexts} loader.
 */
final class EddsaRdfc2022 {

    static final String TYPE = "DataIntegrityProof";
    static final String CRYPTOSUITE = "eddsa-rdfc-2022";

    private final DocumentLoader contexts;

    EddsaRdfc2022(DocumentLoader contexts) {
        this.contexts = contexts;
    }

    /** Create Proof (3.3.1): the options plus a proofValue; the options go out exactly as they were hashed. */
    JsonObject createProof(JsonObject unsecuredDocument, JsonObject options, PrivateKey key) {
        byte[] hashData = hashData(unsecuredDocument, options);
        byte[] proofBytes = sign(hashData, key);
        return Json.createObjectBuilder(options).add("proofValue", "z" + Base58.encode(proofBytes)).build();
    }

    /**
     * Verify Proof (3.3.2) of one proof of a secured document against the public key its verificationMethod names;
     * the caller resolves that key and checks the proof purpose it expects.
     */
    boolean verifyProof(JsonObject securedDocument, JsonObject proof, PublicKey key) {
        JsonObjectBuilder unsecured = Json.createObjectBuilder(securedDocument).remove("proof");
        JsonObjectBuilder proofOptions = Json.createObjectBuilder(proof).remove("proofValue");
        JsonValue value = proof.get("proofValue");
        if (!(value instanceof jakarta.json.JsonString text) || !text.getString().startsWith("z")) {
            return false;
        }
        if (proof.containsKey("@context")) {
            if (!startsWith(securedDocument.get("@context"), proof.get("@context"))) {
                return false;
            }
            unsecured.add("@context", proof.get("@context"));
        }
        try {
            byte[] proofBytes = Base58.decode(text.getString().substring(1));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(hashData(unsecured.build(), proofOptions.build()));
            return verifier.verify(proofBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Proof Configuration (3.3.5) then Transformation (3.3.3) then Hashing (3.3.4). */
    byte[] hashData(JsonObject unsecuredDocument, JsonObject options) {
        String canonicalProofConfig = canonicalProofConfig(unsecuredDocument, options);
        String transformedDocument = transform(unsecuredDocument, options);
        byte[] hash = new byte[64];
        System.arraycopy(sha256(canonicalProofConfig), 0, hash, 0, 32);
        System.arraycopy(sha256(transformedDocument), 0, hash, 32, 32);
        return hash;
    }

    /** Proof Configuration (3.3.5): the options with the document's context, canonicalized. */
    String canonicalProofConfig(JsonObject unsecuredDocument, JsonObject options) {
        if (!TYPE.equals(options.getString("type", null)) || !CRYPTOSUITE.equals(options.getString("cryptosuite", null))) {
            throw new ProofException("PROOF_GENERATION_ERROR: the proof options are not a " + TYPE + " with "
                    + CRYPTOSUITE + ": " + options);
        }
        if (options.containsKey("created")) {
            try {
                OffsetDateTime.parse(options.getString("created"));
            } catch (DateTimeParseException | ClassCastException e) {
                throw new ProofException("PROOF_GENERATION_ERROR: proof created is not an XML Schema dateTime: "
                        + options.get("created"));
            }
        }
        JsonObjectBuilder config = Json.createObjectBuilder(options);
        if (unsecuredDocument.containsKey("@context")) {
            config.add("@context", unsecuredDocument.get("@context"));
        }
        return canonical(config.build());
    }

    /** Transformation (3.3.3): the document as canonical N-Quads. */
    String transform(JsonObject unsecuredDocument, JsonObject options) {
        if (!TYPE.equals(options.getString("type", null)) || !CRYPTOSUITE.equals(options.getString("cryptosuite", null))) {
            throw new ProofException("PROOF_TRANSFORMATION_ERROR: not a " + TYPE + " with " + CRYPTOSUITE);
        }
        return canonical(unsecuredDocument);
    }

    /**
     * JSON-LD to RDF, RDF Dataset Canonicalization, serialized as N-Quads. Undefined terms and any IRI left relative
     * (an undefined type, say) are errors, as in the safe mode verifiers use, never silently dropped statements.
     */
    String canonical(JsonObject document) {
        JsonLdOptions options = new JsonLdOptions(contexts);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        RdfCanon canon = RdfCanon.create("SHA-256");
        StringWriter out = new StringWriter();
        try {
            JsonArray expanded = JsonLd.expand(JsonDocument.of(document)).options(options).get();
            AbsoluteIris.require(expanded);
            JsonLd.toRdf(JsonDocument.of(expanded)).options(options).provide(canon);
            canon.provide(new NQuadsWriter(out));
        } catch (JsonLdError e) {
            throw new ProofException("The document cannot be turned into RDF: " + messages(e), e);
        } catch (RdfConsumerException e) {
            throw new ProofException("The document cannot be canonicalized: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** The messages of an error and its causes: titanium wraps a loader's explanation in a generic one. */
    private static String messages(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            out.append(out.isEmpty() ? "" : ": ").append(t.getMessage());
        }
        return out.toString();
    }

    private static boolean startsWith(JsonValue documentContext, JsonValue proofContext) {
        var document = documentContext == null ? java.util.List.<JsonValue>of() : asList(documentContext);
        var proof = asList(proofContext);
        return document.size() >= proof.size() && document.subList(0, proof.size()).equals(proof);
    }

    private static java.util.List<JsonValue> asList(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : java.util.List.of(value);
    }

    private static byte[] sign(byte[] data, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with Ed25519: " + e.getMessage(), e);
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document or proof options that the cryptosuite rejects, with the spec's error type in the message. */
    static final class ProofException extends RuntimeException {
        ProofException(String message) {
            super(message);
        }

        ProofException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
