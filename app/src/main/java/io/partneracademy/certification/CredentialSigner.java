package io.partneracademy.certification;

import jakarta.inject.Singleton;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Secures a credential with an eddsa-rdfc-2022 Data Integrity proof made with the issuer's current key; {@code proof}
 * is an array, the shape the OB 3.0 JSON Schema wants.
 */
@Singleton
class CredentialSigner {

    private final SigningKeys keys;
    private final IssuerIdentity issuer;
    private final EddsaRdfc2022 suite = new EddsaRdfc2022(BundledContexts.badges());

    CredentialSigner(SigningKeys keys, IssuerIdentity issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    JsonObject sign(Map<String, Object> credential, Instant signedAt) {
        JsonObject unsigned = Json.createObjectBuilder(credential).build();
        JsonObject options = Json.createObjectBuilder()
                .add("type", EddsaRdfc2022.TYPE)
                .add("cryptosuite", EddsaRdfc2022.CRYPTOSUITE)
                .add("created", signedAt.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("verificationMethod", issuer.currentMethod())
                .add("proofPurpose", "assertionMethod")
                .build();
        JsonObject proof = suite.createProof(unsigned, options, keys.badge().privateKey());
        return Json.createObjectBuilder(unsigned).add("proof", Json.createArrayBuilder().add(proof)).build();
    }
}
