package io.partneracademy.certification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cryptosuite reproduces both W3C vc-di-eddsa eddsa-rdfc-2022 test vectors byte for byte, the
 * AlumniCredential and the EmploymentAuthorizationDocumentCredential (see the README there).
 */
class EddsaRdfc2022Test {

    private static final String VECTORS = "/w3c-vc-di-eddsa/";
    private final EddsaRdfc2022 suite = new EddsaRdfc2022(new BundledContexts(Map.of(
            "https://www.w3.org/ns/credentials/v2", "/jsonld/credentials-v2.jsonld",
            "https://www.w3.org/ns/credentials/examples/v2", VECTORS + "credentials-examples-v2.jsonld",
            "https://w3id.org/citizenship/v4rc1", VECTORS + "citizenship-v4rc1.jsonld")));

    /** The two rdfc vectors: their unsigned document and the directory of their intermediate values. */
    enum Vector {
        ALUMNI("unsigned.json", "eddsa-rdfc-2022/"),
        EMPLOYMENT_AUTHORIZATION("employmentAuth.json", "eddsa-rdfc-2022/employ/");

        final String unsigned;
        final String dir;

        Vector(String unsigned, String dir) {
            this.unsigned = unsigned;
            this.dir = dir;
        }
    }

    @ParameterizedTest
    @EnumSource(Vector.class)
    void theCanonicalDocumentAndProofConfigurationMatchTheVectors(Vector vector) {
        JsonObject unsigned = json(vector.unsigned);
        JsonObject options = withoutContext(json(vector.dir + "proofConfigDataInt.json"));

        String canonicalDocument = suite.transform(unsigned, options);
        String canonicalProofConfig = suite.canonicalProofConfig(unsigned, options);

        assertThat(canonicalDocument).isEqualTo(text(vector.dir + "canonDocDataInt.txt"));
        assertThat(canonicalProofConfig).isEqualTo(text(vector.dir + "proofCanonDataInt.txt"));
        assertThat(hex(EddsaRdfc2022.sha256(canonicalDocument))).isEqualTo(text(vector.dir + "docHashDataInt.txt"));
        assertThat(hex(EddsaRdfc2022.sha256(canonicalProofConfig))).isEqualTo(text(vector.dir + "proofHashDataInt.txt"));
        assertThat(hex(suite.hashData(unsigned, options))).isEqualTo(text(vector.dir + "combinedHashDataInt.txt"));
    }

    @ParameterizedTest
    @EnumSource(Vector.class)
    void theProofWithTheVectorKeyIsTheVectorProofByteForByte(Vector vector) throws Exception {
        JsonObject unsigned = json(vector.unsigned);
        JsonObject signed = json(vector.dir + "signedDataInt.json");
        JsonObject options = Json.createObjectBuilder(signed.getJsonObject("proof")).remove("proofValue").build();

        JsonObject proof = suite.createProof(unsigned, options, vectorPrivateKey());

        assertThat(proof.getString("proofValue")).isEqualTo(text(vector.dir + "sigBTC58DataInt.txt"));
        assertThat(hex(Base58.decode(proof.getString("proofValue").substring(1))))
                .isEqualTo(text(vector.dir + "sigHexDataInt.txt"));
        assertThat(Json.createObjectBuilder(unsigned).add("proof", proof).build()).isEqualTo(signed);
    }

    @ParameterizedTest
    @EnumSource(Vector.class)
    void theSignedVectorVerifiesAndAnyChangeBreaksIt(Vector vector) throws Exception {
        JsonObject signed = json(vector.dir + "signedDataInt.json");
        PublicKey key = vectorPublicKey();

        boolean original = suite.verifyProof(signed, signed.getJsonObject("proof"), key);
        JsonObject altered = Json.createObjectBuilder(signed).add("validFrom", "2023-01-02T00:00:00Z").build();
        JsonObject alteredProof = Json.createObjectBuilder(signed.getJsonObject("proof"))
                .add("created", "2023-02-24T23:36:39Z").build();

        assertThat(original).isTrue();
        assertThat(suite.verifyProof(altered, altered.getJsonObject("proof"), key)).isFalse();
        assertThat(suite.verifyProof(signed, alteredProof, key)).isFalse();
    }

    @Test
    void aContextThatIsNotBundledIsRefusedNotFetched() {
        JsonObject unsigned = Json.createObjectBuilder(json("unsigned.json"))
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
                        .add("https://example.org/remote-context")).build();

        assertThatThrownBy(() -> suite.transform(unsigned, withoutContext(json("eddsa-rdfc-2022/proofConfigDataInt.json"))))
                .isInstanceOf(EddsaRdfc2022.ProofException.class)
                .hasMessageContaining("https://example.org/remote-context is not bundled");
    }

    @Test
    void aTermNoContextDefinesIsAnErrorNotSilentlyDropped() {
        JsonObject unsigned = Json.createObjectBuilder(json("unsigned.json"))
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                .build();

        assertThatThrownBy(() -> suite.transform(unsigned, withoutContext(json("eddsa-rdfc-2022/proofConfigDataInt.json"))))
                .isInstanceOf(EddsaRdfc2022.ProofException.class)
                .hasMessageContaining("alumniOf");
    }

    @Test
    void aTypeNoContextDefinesIsAnErrorNotARelativeIriTheVerifierRefuses() {
        JsonObject unsigned = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                .add("id", "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33")
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("issuer", "https://vc.example/issuers/5678")
                .add("credentialSubject", Json.createObjectBuilder().add("id", "did:example:abcdefgh"))
                .add("credentialSchema", Json.createObjectBuilder()
                        .add("id", "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json")
                        .add("type", "1EdTechJsonSchemaValidator2019"))
                .build();

        assertThatThrownBy(() -> suite.transform(unsigned, withoutContext(json("eddsa-rdfc-2022/proofConfigDataInt.json"))))
                .isInstanceOf(EddsaRdfc2022.ProofException.class)
                .hasMessageContaining("@type value \"1EdTechJsonSchemaValidator2019\"")
                .hasMessageContaining("https://www.w3.org/2018/credentials#credentialSchema");
    }

    @Test
    void aRelativeIdIsAnErrorNotADroppedStatement() {
        JsonObject unsigned = Json.createObjectBuilder(json("unsigned.json")).add("id", "credentials/58473").build();

        assertThatThrownBy(() -> suite.transform(unsigned, withoutContext(json("eddsa-rdfc-2022/proofConfigDataInt.json"))))
                .isInstanceOf(EddsaRdfc2022.ProofException.class)
                .hasMessageContaining("@id value \"credentials/58473\" at the top level");
    }

    /** The vector's private key: multibase base58btc of the multicodec ed25519-priv (0x8026) and the 32-byte seed. */
    private static PrivateKey vectorPrivateKey() throws Exception {
        byte[] multicodec = Base58.decode(keyPair().getString("privateKeyMultibase").substring(1));
        assertThat(Arrays.copyOf(multicodec, 2)).containsExactly(0x80, 0x26);
        byte[] seed = Arrays.copyOfRange(multicodec, 2, 34);
        return KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
    }

    /** The vector's public key: multicodec ed25519-pub (0xed01) and the 32 key bytes, wrapped as a SubjectPublicKeyInfo. */
    static PublicKey publicKeyFromMultibase(String multibase) throws Exception {
        byte[] multicodec = Base58.decode(multibase.substring(1));
        assertThat(Arrays.copyOf(multicodec, 2)).containsExactly(0xed, 0x01);
        byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100");
        byte[] encoded = Arrays.copyOf(spki, spki.length + 32);
        System.arraycopy(multicodec, 2, encoded, spki.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }

    private static PublicKey vectorPublicKey() throws Exception {
        return publicKeyFromMultibase(keyPair().getString("publicKeyMultibase"));
    }

    private static JsonObject keyPair() {
        return json("keyPair.json");
    }

    private static JsonObject withoutContext(JsonObject object) {
        return Json.createObjectBuilder(object).remove("@context").build();
    }

    private static JsonObject json(String name) {
        try (JsonReader reader = Json.createReader(new StringReader(text(name)))) {
            return reader.readObject();
        }
    }

    private static String text(String name) {
        try (InputStream in = EddsaRdfc2022Test.class.getResourceAsStream(VECTORS + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
