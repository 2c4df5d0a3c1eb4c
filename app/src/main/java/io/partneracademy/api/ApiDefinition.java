package io.partneracademy.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document's header: what the API is, how to authenticate; micronaut-openapi reads it at compile time. */
@OpenAPIDefinition(
        info = @Info(title = "Partner Academy API", version = "v1",
                description = "People, partners, tiers, enrolments, certifications and exam results for integrations. "
                        + "Authenticate with an API token from /api-tokens as 'Authorization: Bearer <token>'. "
                        + "Errors are application/problem+json; lists page with cursor and sync with updated_since."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
interface ApiDefinition {
}
