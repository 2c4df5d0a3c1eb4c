package io.partneracademy.certification;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Admins find certifications and revoke them with a reason. */
@Controller("/admin/certifications")
@Secured(Role.Names.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class AdminCertificationController {

    static final String VIEW = "certification/admin";

    private final Certifications certifications;
    private final Forms forms;

    private final PathRules paths;
    private final LocaleResolver<HttpRequest<?>> locales;

    AdminCertificationController(Certifications certifications, Forms forms, PathRules paths,
                                 LocaleResolver<HttpRequest<?>> locales) {
        this.certifications = certifications;
        this.forms = forms;
        this.paths = paths;
        this.locales = locales;
    }

    /** The reason an admin gives for revoking; required, at most 500 characters once trimmed. */
    @Serdeable
    record RevokeForm(@Nullable String reason) {

        String stripped() {
            return reason == null ? "" : reason.strip();
        }
    }

    @Get
    HttpResponse<?> list(@Nullable @QueryValue String q, HttpRequest<?> request) {
        return page(q, null, request).render(HttpStatus.OK);
    }

    @Post(value = "/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(@PathVariable String id, @Body RevokeForm form, Authentication authentication,
                           HttpRequest<?> request) {
        String reason = form.stripped();
        forms.check(page(id, id, request), form, errors -> {
            if (reason.isEmpty() || reason.length() > 500) {
                errors.add("reason", "certification.revoke.reason-required");
            }
        });
        certifications.revoke(CurrentUser.from(authentication), id, reason);
        return Views.seeOther("/admin/certifications?q=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    /** The list, each certification named by its path's title in the reader's language where translated. */
    private FormPage page(@Nullable String q, @Nullable String failed, HttpRequest<?> request) {
        return FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("q", q == null ? "" : q);
            model.put("entries", certifications.search(q));
            model.put("failed", failed == null ? "" : failed);
            model.put("titles", paths.titles(locales.resolveOrDefault(request)));
            return model;
        });
    }
}
