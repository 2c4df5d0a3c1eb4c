package io.partneracademy.certification;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** The issuer's did:web document, where verifiers find the keys that sign badges (current and earlier). */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class DidController {

    static final MediaType DID_JSON = MediaType.of("application/did+json");

    private final IssuerIdentity issuer;

    DidController(IssuerIdentity issuer) {
        this.issuer = issuer;
    }

    /** did:web resolves a bare domain here; with a path in the base URL it resolves {@code <path>/did.json}. */
    @Get(uris = {IssuerIdentity.DID_PATH, "/did.json"})
    HttpResponse<?> document() {
        byte[] body = jakarta.json.Json.createObjectBuilder(issuer.document()).build().toString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return HttpResponse.ok(body).contentType(DID_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600");
    }
}
