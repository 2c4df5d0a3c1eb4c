package io.partneracademy.api;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.RealBrowser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OpenAPI document: valid by swagger-parser's reading of the OpenAPI 3 specification, describing
 * exactly the API routes the router serves (a route added without its documentation, or documentation left behind
 * by a removed route, fails here), and shown by the explorer in a real browser under our Content-Security-Policy.
 */
@MicronautTest(transactional = false)
class OpenApiTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    @Test
    void theDocumentIsValidOpenApiAndListsExactlyTheApiRoutes() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.getURI().resolve(ApiDocsController.SPEC)).build(), HttpResponse.BodyHandlers.ofString());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, options);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
        assertThat(parsed.getMessages()).as("swagger-parser validation messages").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getComponents().getSecuritySchemes()).containsKey("token");
        assertThat(documented(api)).isEqualTo(routed()).contains("GET /api/v1/certifications",
                "POST /api/v1/webhooks");
    }

    @Test
    void everyOperationDeclaresItsProblemAnswers() throws Exception {
        String served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.getURI().resolve(ApiDocsController.SPEC)).build(), HttpResponse.BodyHandlers.ofString()).body();
        OpenAPI api = new OpenAPIV3Parser().readContents(served, null, new ParseOptions()).getOpenAPI();
        java.util.Map<String, java.util.Set<String>> missing = new java.util.TreeMap<>();

        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            java.util.Set<String> expected = new TreeSet<>(Set.of("401", "403", "429"));
            if (path.contains("{")) {
                expected.add("404");
            }
            expected.removeIf(code -> operation.getResponses().get(code) != null && operation.getResponses().get(code)
                    .getContent().containsKey("application/problem+json"));
            if (!expected.isEmpty()) {
                missing.put(method + " " + path, expected);
            }
        }));

        assertThat(missing).as("operations without these problem+json answers").isEmpty();
        assertThat(api.getPaths().get("/api/v1/partners/{id}/people").getPost().getResponses()).containsKey("422");
        assertThat(api.getPaths().get("/api/v1/partners/{id}/people").getGet().getResponses()).containsKeys("200", "400");
    }

    @Test
    void operationsThatAnswerNoContentAreDocumentedAs204() throws Exception {
        String served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.getURI().resolve(ApiDocsController.SPEC)).build(), HttpResponse.BodyHandlers.ofString()).body();
        OpenAPI api = new OpenAPIV3Parser().readContents(served, null, new ParseOptions()).getOpenAPI();
        java.util.Map<String, Set<String>> successes = new java.util.TreeMap<>();

        for (String operation : List.of("POST /api/v1/partners/{id}/people/{personId}/deactivate",
                "POST /api/v1/partners/{id}/people/{personId}/leave", "POST /api/v1/people/{personId}/employment",
                "DELETE /api/v1/webhooks/{id}")) {
            String[] parts = operation.split(" ");
            var responses = api.getPaths().get(parts[1]).readOperationsMap()
                    .get(PathItem.HttpMethod.valueOf(parts[0])).getResponses();
            successes.put(operation, responses.keySet().stream().filter(c -> c.startsWith("2"))
                    .collect(Collectors.toCollection(TreeSet::new)));
        }

        assertThat(successes).allSatisfy((operation, codes) -> assertThat(codes).as(operation).containsExactly("204"));
        assertThat(api.getInfo().getDescription()).contains("Compatibility", "nextCursor");
    }

    @Test
    void theExplorerShowsTheApiUnderOurContentSecurityPolicy() {
        RealBrowser browser = new RealBrowser(server.getURI());

        browser.open(ApiDocsController.DOCS);
        browser.waitFor(d -> browser.all(".opblock").size() > 3 ? true : null);

        assertThat(browser.find("h1").getText()).isEqualTo("API reference");
        assertThat(browser.find("#swagger-ui").getText()).contains("/api/v1/certifications", "/api/v1/webhooks",
                "/api/v1/partners/{id}/tier-history");
        browser.checked();
    }

    private static Set<String> documented(OpenAPI api) {
        Set<String> operations = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach((PathItem.HttpMethod method) -> operations.add(method.name() + " " + path)));
        return operations;
    }

    private Set<String> routed() {
        return router.uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toPathString().startsWith(ApiPaths.V1 + "/"))
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD && r.getHttpMethod() != HttpMethod.OPTIONS)
                .map(r -> r.getHttpMethodName().toUpperCase(Locale.ROOT) + " " + r.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
