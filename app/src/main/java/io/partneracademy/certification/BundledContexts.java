package io.partneracademy.certification;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON-LD document loader that serves only the contexts shipped as resources and refuses every other URL, so
 * issuing and verifying a badge never touches the network and a credential cannot make us fetch anything.
 */
final class BundledContexts implements DocumentLoader {

    /** The contexts our badges and status lists use, by the URL they are published at. */
    static final Map<String, String> BADGE_CONTEXTS = Map.of(
            "https://www.w3.org/ns/credentials/v2", "/jsonld/credentials-v2.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "/jsonld/ob-context-3.0.3.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "/jsonld/ob-extensions.jsonld");

    private final Map<String, Document> documents = new HashMap<>();

    /** Loads every listed resource now, so a missing file fails at start-up and not at the first badge. */
    BundledContexts(Map<String, String> resourcesByUrl) {
        resourcesByUrl.forEach((url, resource) -> documents.put(url, read(url, resource)));
    }

    static BundledContexts badges() {
        return new BundledContexts(BADGE_CONTEXTS);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Document document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "The JSON-LD context " + url + " is not bundled with Partner Academy; remote contexts are never fetched");
        }
        return document;
    }

    private static Document read(String url, String resource) {
        try (InputStream in = BundledContexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled JSON-LD context " + resource + " for " + url + " is missing");
            }
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (JsonLdError e) {
            throw new IllegalStateException("The bundled JSON-LD context " + resource + " is not valid JSON: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
