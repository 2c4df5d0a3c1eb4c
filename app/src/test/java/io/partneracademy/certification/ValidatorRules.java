package io.partneracademy.certification;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The credential-level probes of the 1EdTech validator (digital-credentials-public-validator
 * 38254719cf0a490a403c9c812b01e6ab0678f2f3, module inspector-vc) as its source writes them, for the two inspectors our
 * documents meet: {@code OB30Inspector} (the badge) and {@code BitstringStatusListCredentialInspector} (the list
 * credential a badge's status points to). Each rule answers null when the probe passes, else the probe's message. The
 * validator cannot be built here (its inspector-core is not on Maven Central), so these are re-implementations; the
 * proof probe is {@link SpecVerifier#validatorProofRule} and the JSON Schema probe {@link OpenBadgesSchema}.
 */
final class ValidatorRules {

    static final String VC2 = "https://www.w3.org/ns/credentials/v2";
    static final String OB303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** {@code VerifiableCredential.contextVersioningPatternMap} for the OB context. */
    private static final String OB_VERSIONS = "https:\\/\\/purl\\.imsglobal\\.org\\/spec\\/ob\\/v3p0\\/context(-\\d+\\.\\d+\\.\\d+)*\\.json";

    private ValidatorRules() {
    }

    /** What OB30Inspector reports on a badge from its JSON-only probes, in its order; empty when all pass. */
    static List<String> badge(JsonObject badge, Instant now) {
        List<String> problems = new ArrayList<>();
        problems.add(context(badge, List.of(VC2, OB303)));
        problems.add(type(badge, List.of("AchievementCredential", "OpenBadgeCredential")));
        problems.add(inlineSchemaSelected(badge));
        problems.add(credentialSubject(badge, "AchievementSubject", true, true));
        problems.add(evidence(badge));
        problems.add(issuer(badge));
        problems.add(expiration(badge, now));
        problems.add(issuance(badge, now));
        return problems.stream().filter(Objects::nonNull).toList();
    }

    /** What BitstringStatusListCredentialInspector reports on the list credential, proof included. */
    static List<String> statusList(JsonObject list) throws Exception {
        List<String> problems = new ArrayList<>();
        problems.add(context(list, List.of(VC2)));
        problems.add(type(list, List.of("BitstringStatusListCredential")));
        problems.add(credentialSubject(list, "BitstringStatusList", false, false));
        problems.add(SpecVerifier.validatorProofRule(list));
        return problems.stream().filter(Objects::nonNull).toList();
    }

    /** {@code ContextPropertyProbe}: the type's context URIs at positions 1, 2, … (aliases only warn). */
    static String context(JsonObject credential, List<String> required) {
        List<String> values = strings(credential.get("@context"));
        for (int pos = 0; pos < required.size(); pos++) {
            String uri = required.get(pos);
            if (values.size() < pos + 1 || !matches(uri, values.get(pos))) {
                return "missing required @context uri " + uri + " at position " + (pos + 1);
            }
        }
        return null;
    }

    private static boolean matches(String uri, String value) {
        return value.equals(uri)
                || uri.equals(VC2) && value.equals("https://www.w3.org/2018/credentials/v1")
                || uri.equals(OB303) && (value.matches(OB_VERSIONS)
                        || value.equals("https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld"));
    }

    /** {@code TypePropertyProbe}: VerifiableCredential required, one allowed value present. */
    static String type(JsonObject credential, List<String> allowed) {
        List<String> values = strings(credential.get("type"));
        if (!values.contains("VerifiableCredential")) {
            return message(List.of("VerifiableCredential"));
        }
        return values.stream().anyMatch(allowed::contains) ? null : message(values);
    }

    private static String message(List<String> values) {
        return "The type property does not contain " + (values.size() > 1
                ? "one of" + values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(" or "))
                : "the entry '" + values.get(0) + "'");
    }

    /**
     * {@code InlineJsonSchemaProbe}: only a credentialSchema whose type is the string 1EdTechJsonSchemaValidator2019 and
     * that has an id is run; the OB schema itself is then skipped (already run as the canonical schema). Null when our
     * schema entry is one the probe selects, so the schema check is not silently skipped.
     */
    static String inlineSchemaSelected(JsonObject credential) {
        JsonValue schemas = credential.get("credentialSchema");
        if (schemas == null) {
            return "No credentialSchema node found";
        }
        List<JsonValue> list = schemas.getValueType() == JsonValue.ValueType.ARRAY ? schemas.asJsonArray() : List.of(schemas);
        boolean selected = list.stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> "1EdTechJsonSchemaValidator2019".equals(s.getString("type", null)) && s.containsKey("id"));
        return selected ? null : "no credentialSchema the validator runs";
    }

    /** {@code CredentialSubjectProbe} with its three parameters. */
    static String credentialSubject(JsonObject credential, String requiredType, boolean achievementRequired,
                                    boolean identifierRequired) {
        JsonObject subject = credential.getJsonObject("credentialSubject");
        if (subject == null) {
            return null;
        }
        if (!strings(subject.get("type")).contains(requiredType)) {
            return "credentialSubject is not of type \"" + requiredType + "\"";
        }
        // As written (idAndIdentifierEmpty): only a blank id with an empty identifier array fails; a missing
        // identifier passes.
        boolean noId = subject.getString("id", "").isBlank();
        JsonValue identifiers = subject.get("identifier");
        if (identifierRequired && noId && identifiers != null && nodes(identifiers).isEmpty()) {
            return "no id in credentialSubject";
        }
        for (JsonValue identifier : nodes(subject.get("identifier"))) {
            if (!strings(identifier.asJsonObject().get("type")).contains("IdentityObject")) {
                return "identifier in credentialSubject is not of type \"IdentityObject\"";
            }
        }
        JsonObject achievement = subject.getJsonObject("achievement");
        if (achievement == null) {
            return achievementRequired ? "missing required achievement in credentialSubject" : null;
        }
        JsonObject criteria = achievement.getJsonObject("criteria");
        if (!criteria.containsKey("id") && !criteria.containsKey("narrative")) {
            return "criteria in achievement of credentialSubject must have id or narrative";
        }
        return null;
    }

    /** {@code EvidenceProbe}. */
    static String evidence(JsonObject credential) {
        for (JsonValue evidence : nodes(credential.get("evidence"))) {
            if (!strings(evidence.asJsonObject().get("type")).contains("Evidence")) {
                return "evidence is not of type \"Evidence\"";
            }
        }
        return null;
    }

    /** {@code IssuerProbe}, without its reachability check of issuer.url (a warning, and a network call). */
    static String issuer(JsonObject credential) {
        JsonValue issuer = credential.get("issuer");
        if (issuer == null) {
            return "no issuer node found";
        }
        if (issuer.getValueType() != JsonValue.ValueType.OBJECT || !strings(issuer.asJsonObject().get("type")).contains("Profile")) {
            return "issuer is not of type \"Profile\"";
        }
        return null;
    }

    /** {@code ExpirationProbe}, at {@code now} instead of the validator's wall clock. */
    static String expiration(JsonObject credential, Instant now) {
        String validUntil = credential.getString("validUntil", null);
        if (validUntil != null && now.isAfter(ZonedDateTime.parse(validUntil).toInstant())) {
            return "The credential has expired (expiration date or validUntil was " + validUntil + ").";
        }
        return null;
    }

    /** {@code IssuanceProbe}, at {@code now}. */
    static String issuance(JsonObject credential, Instant now) {
        String validFrom = credential.getString("validFrom", null);
        if (validFrom != null && ZonedDateTime.parse(validFrom).toInstant().isAfter(now)) {
            return "The credential is not yet issued or valid (issuance date or validFrom is " + validFrom + ").";
        }
        return null;
    }

    private static List<JsonValue> nodes(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        return value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : List.of(value);
    }

    /** {@code JsonNodeUtil.asStringList}: a string or an array of strings. */
    private static List<String> strings(JsonValue value) {
        return nodes(value).stream().filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString()).toList();
    }
}
