package io.partneracademy.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Users;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Map;

/** A person's transcript and the downloads of each certification: the signed PDF and the Open Badge. */
@Controller("/certifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CertificationController {

    static final String VIEW = "certification/transcript";

    private final Certifications certifications;
    private final CertificatePdf pdf;
    private final Badges badges;
    private final Users users;

    private final PathRules paths;
    private final LocaleResolver<HttpRequest<?>> locales;
    CertificationController(Certifications certifications, CertificatePdf pdf, Badges badges, Users users,
                            PathRules paths, LocaleResolver<HttpRequest<?>> locales) {
        this.paths = paths;
        this.locales = locales;
        this.certifications = certifications;
        this.pdf = pdf;
        this.badges = badges;
        this.users = users;
    }

    /**
     * The viewer's transcript, or (for their partner admin, manager or an admin) someone else's; each certification
     * named by its path's title in the reader's language where the path is translated into it.
     */
    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> transcript(@Nullable @QueryValue Long user, Authentication authentication, HttpRequest<?> request) {
        CurrentUser viewer = CurrentUser.from(authentication);
        long userId = user == null ? viewer.id() : user;
        Map<String, Object> model = new HashMap<>();
        model.put("entries", certifications.transcript(viewer, userId));
        model.put("holder", users.get(userId).displayName());
        model.put("own", userId == viewer.id());
        model.put("titles", paths.titles(locales.resolveOrDefault(request)));
        return Views.render(HttpStatus.OK, VIEW, model);
    }

    @Get("/{id}/certificate.pdf")
    @Produces("application/pdf")
    HttpResponse<byte[]> certificate(@PathVariable String id, Authentication authentication) {
        CertificationRow row = certifications.forDownload(CurrentUser.from(authentication), id);
        return HttpResponse.ok(pdf.pdf(row))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificate-" + row.credentialId() + ".pdf\"")
                .contentType("application/pdf");
    }

    @Get("/{id}/badge.json")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<?> badge(@PathVariable String id, Authentication authentication) {
        CertificationRow row = certifications.forDownload(CurrentUser.from(authentication), id);
        return HttpResponse.ok(badges.badge(row))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"badge-" + row.credentialId() + ".json\"")
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
