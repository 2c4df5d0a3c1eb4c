package io.partneracademy.api;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem+json error answers each API operation declares in the OpenAPI document, one annotation per group of
 * them, so an operation lists exactly the errors it can give. The bodies are {@link io.partneracademy.web.Problem}s
 * written by web's error pages.
 */
final class ApiProblems {

    static final String TYPE = "application/problem+json";

    private ApiProblems() {
    }

    /** 401 (no valid token), 403 (scope or partner not allowed) and 429 (rate limit): every operation. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "401", description = "No valid API token",
            content = @Content(mediaType = TYPE, schema = @Schema(implementation = io.partneracademy.web.Problem.class)))
    @ApiResponse(responseCode = "403", description = "The token lacks the scope, or may not see this partner",
            content = @Content(mediaType = TYPE, schema = @Schema(implementation = io.partneracademy.web.Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many requests for this token; wait Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "seconds to wait", schema = @Schema(type = "integer")),
            content = @Content(mediaType = TYPE, schema = @Schema(implementation = io.partneracademy.web.Problem.class)))
    @interface Always {
    }

    /** 404: the partner, person or other thing named in the path does not exist or is not the token's to see. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "404", description = "Not found, or not visible to this token",
            content = @Content(mediaType = TYPE, schema = @Schema(implementation = io.partneracademy.web.Problem.class)))
    @interface NotFound {
    }

    /** 400: a query parameter (cursor, limit, updated_since, status) is malformed. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "400", description = "A parameter is malformed; the detail names it",
            content = @Content(mediaType = TYPE, schema = @Schema(implementation = io.partneracademy.web.Problem.class)))
    @interface BadParameter {
    }

    /** 422: the body was read but breaks a rule (a taken email, an invalid field). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "422", description = "The request breaks a rule; the detail says which",
            content = @Content(mediaType = TYPE, schema = @Schema(implementation = io.partneracademy.web.Problem.class)))
    @interface Invalid {
    }

    /** 409: the state changed since the client looked (a roster preview the company's people no longer match). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "409", description = "Something changed meanwhile; the detail says what to do",
            content = @Content(mediaType = TYPE, schema = @Schema(implementation = io.partneracademy.web.Problem.class)))
    @interface Conflict {
    }
}
