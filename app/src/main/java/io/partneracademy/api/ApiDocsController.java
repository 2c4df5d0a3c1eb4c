package io.partneracademy.api;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.web.Views;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The API's reference for anyone: the OpenAPI 3 document micronaut-openapi generates from the API controllers at
 * compile time, and an explorer (Swagger UI, served from its webjar) at {@code /api-docs}.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ApiDocsController {

    static final String SPEC = "/api/openapi.yml";
    static final String SPEC_RESOURCE = "classpath:META-INF/swagger/partner-academy-api-v1.yml";
    static final String DOCS = "/api-docs";
    static final String VIEW = "api/docs";

    private final String spec;

    ApiDocsController(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream(SPEC_RESOURCE)
                .orElseThrow(() -> new IllegalStateException("missing " + SPEC_RESOURCE))) {
            this.spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(SPEC)
    @Produces("application/yaml")
    HttpResponse<String> spec() {
        return HttpResponse.ok(spec).contentType("application/yaml; charset=utf-8");
    }

    @Get(DOCS)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> docs() {
        return Views.render(HttpStatus.OK, VIEW, Map.of("spec", SPEC));
    }
}
