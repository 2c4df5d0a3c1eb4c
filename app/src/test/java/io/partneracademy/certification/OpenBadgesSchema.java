package io.partneracademy.certification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The 1EdTech Open Badges 3.0 AchievementCredential JSON Schema (draft 2019-09, see the README next to it),
 * applied by the networknt validator with format assertions on.
 */
final class OpenBadgesSchema {

    private static final JsonSchema SCHEMA = load();

    private OpenBadgesSchema() {
    }

    /** The schema's complaints about a credential, as "path: message"; empty when it validates. */
    static List<String> errors(String credentialJson) {
        try {
            JsonNode credential = new ObjectMapper().readTree(credentialJson);
            return SCHEMA.validate(credential).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = OpenBadgesSchema.class.getResourceAsStream("/1edtech-ob30/ob_v3p0_achievementcredential_schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
