package io.partneracademy.api;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.roster.RosterImports;
import io.partneracademy.roster.RosterProblem;
import io.partneracademy.roster.RosterRejectedException;
import io.partneracademy.web.ErrorPages;
import io.partneracademy.web.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A partner's roster import through the API, as on its page: upload the CSV (nothing changes), read the preview,
 * then apply it with the preview's fingerprint; a file with any problem is refused with every problem and its line.
 */
@Controller(ApiPaths.V1)
@Secured(SecurityRule.IS_ANONYMOUS) // ApiTokenFilter authenticates every request under /api/v1 by its token
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
class RosterApi {

    private final RosterImports imports;
    private final MessageSource messages;
    private final LocaleResolver<HttpRequest<?>> locales;

    RosterApi(RosterImports imports, MessageSource messages, LocaleResolver<HttpRequest<?>> locales) {
        this.imports = imports;
        this.messages = messages;
        this.locales = locales;
    }

    /** The roster file: its name (optional) and its text, UTF-8 CSV with the header name,email,job_title,role. */
    @Serdeable
    record Upload(@Nullable @Size(max = 255) String fileName, @NotBlank String csv) {
    }

    /** The fingerprint of the preview being confirmed, and whether people not in the file are recorded as leaving. */
    @Serdeable
    record Confirmation(@NotBlank String fingerprint, @NotNull Boolean recordLeavers) {
    }

    @Post("/partners/{id}/roster-imports")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @ApiProblems.Invalid
    @Operation(summary = "Upload a roster CSV and get the preview of what applying it would do (nothing changes yet)",
            description = "Needs people:write. A file with any problem is refused (422) with every problem and its "
                    + "line in errors, and nothing is kept.")
    HttpResponse<?> upload(@Parameter(hidden = true) ApiClient client, @PathVariable long id, @Valid @Body Upload body,
                           HttpRequest<?> request) {
        client.requireWrite(ApiResource.PEOPLE);
        client.requirePartner(id);
        long importId;
        try {
            importId = imports.upload(client.actingAs(), id, body.fileName(), body.csv().getBytes(StandardCharsets.UTF_8));
        } catch (RosterRejectedException e) {
            return refused(request, e);
        }
        return HttpResponse.status(HttpStatus.CREATED)
                .body(ApiRosterImport.of(imports.show(client.actingAs(), id, importId)));
    }

    @Get("/partners/{id}/roster-imports/{importId}")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @Operation(summary = "The import: its preview computed against the company's people now, or what applying it did",
            description = "Needs people:read.")
    ApiRosterImport show(@Parameter(hidden = true) ApiClient client, @PathVariable long id,
                         @PathVariable long importId) {
        client.requireRead(ApiResource.PEOPLE);
        client.requirePartner(id);
        return ApiRosterImport.of(imports.show(client.actingAs(), id, importId));
    }

    @Post("/partners/{id}/roster-imports/{importId}/apply")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @ApiProblems.Invalid
    @ApiProblems.Conflict
    @Operation(summary = "Apply the import: invite the new people, apply the changes, record leavers if asked",
            description = "Needs people:write. Applies once (a repeat answers what the first did). 409 when the "
                    + "company's people changed since the preview with this fingerprint (read the import again) or the "
                    + "preview expired (upload again). New people are invited in the file's language for them, else "
                    + "in the request's Accept-Language.")
    ApiRosterImport.Result apply(@Parameter(hidden = true) ApiClient client, @PathVariable long id,
                                 @PathVariable long importId, @Valid @Body Confirmation body, HttpRequest<?> request) {
        client.requireWrite(ApiResource.PEOPLE);
        client.requirePartner(id);
        return ApiRosterImport.Result.of(imports.confirm(client.actingAs(), id, importId, body.fingerprint(),
                body.recordLeavers(), locales.resolveOrDefault(request)));
    }

    /** 422 problem+json with each of the file's problems, numbered by line as on the page. */
    private HttpResponse<Problem> refused(HttpRequest<?> request, RosterRejectedException e) {
        Locale locale = locales.resolveOrDefault(request);
        List<String> errors = e.problems().stream().map(p -> line(p, locale)).toList();
        String title = messages.getMessage("error.422.title", locale).orElse("Unprocessable Entity");
        String detail = messages.getMessage(e.messageKey(), locale, e.arguments()).orElse(e.messageKey());
        return HttpResponse.<Problem>status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(ErrorPages.PROBLEM_JSON)
                .body(new Problem("about:blank", title, 422, detail, request.getPath(), errors));
    }

    private String line(RosterProblem problem, Locale locale) {
        String text = messages.getMessage(problem.key(), locale, problem.argArray()).orElse(problem.key());
        return problem.line() == 0 ? text
                : messages.getMessage("roster.line", locale, problem.line(), text).orElse(problem.line() + ": " + text);
    }
}
