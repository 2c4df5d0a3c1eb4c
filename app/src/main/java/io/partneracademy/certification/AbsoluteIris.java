package io.partneracademy.certification;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks an expanded JSON-LD document for IRIs its contexts did not define: every node id, type, datatype and
 * property must be an absolute IRI or a blank node. JSON-LD to RDF silently drops statements with relative IRIs, so
 * a signer that skipped this check would sign a dataset that verifiers in safe mode (Digital Bazaar's) refuse.
 */
final class AbsoluteIris {

    private static final Pattern ABSOLUTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private AbsoluteIris() {
    }

    /** Throws naming the first relative IRI and the property path (expanded) where it was found. */
    static void require(JsonArray expanded) {
        walk(expanded, "");
    }

    private static void walk(JsonValue value, String path) {
        if (value instanceof JsonArray array) {
            array.forEach(item -> walk(item, path));
        } else if (value instanceof JsonObject object) {
            boolean valueObject = object.containsKey("@value");
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String key = entry.getKey();
                String at = path.isEmpty() ? key : path + " > " + key;
                switch (key) {
                    case "@id" -> check(entry.getValue(), path, "@id");
                    case "@type" -> {
                        if (!(valueObject && "@json".equals(text(entry.getValue())))) {
                            check(entry.getValue(), path, valueObject ? "datatype" : "@type");
                        }
                    }
                    case "@value", "@language", "@direction", "@index" -> { }
                    default -> {
                        if (!key.startsWith("@") && !isAbsolute(key)) {
                            throw new EddsaRdfc2022.ProofException("The property \"" + key + "\" at " + describe(path)
                                    + " is not defined by the document's contexts (it expands to a relative IRI)");
                        }
                        walk(entry.getValue(), at);
                    }
                }
            }
        }
    }

    private static void check(JsonValue value, String path, String what) {
        if (value instanceof JsonArray array) {
            array.forEach(item -> check(item, path, what));
            return;
        }
        String iri = text(value);
        if (iri != null && !iri.startsWith("_:") && !isAbsolute(iri)) {
            throw new EddsaRdfc2022.ProofException("The " + what + " value \"" + iri + "\" at " + describe(path)
                    + " is not defined by the document's contexts (it expands to a relative IRI, which verifiers refuse)");
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static boolean isAbsolute(String iri) {
        return ABSOLUTE.matcher(iri).matches();
    }

    private static String describe(String path) {
        return path.isEmpty() ? "the top level" : path;
    }
}
