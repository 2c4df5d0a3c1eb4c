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
                        + "Errors are application/problem+json; lists page with cursor and sync with updated_since.\n\n"
                        + "Compatibility: within v1, fields and endpoints are only added; clients ignore fields they do "
                        + "not know. One break happened before v1 was declared stable (2026-12, issue 20): "
                        + "GET /api/v1/partners/{id}/people answered a bare JSON array of everyone current and now "
                        + "answers a page {\"data\": [...], \"nextCursor\": ...} ordered by last change; follow "
                        + "nextCursor until it is null to read everyone, and pass status=all to see leavers. "
                        + "Operations that change something without a body answer 204 No Content."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
interface ApiDefinition {
}
