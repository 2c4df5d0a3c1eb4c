package io.partneracademy.learning;

import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.catalog.PathEnrolments;
import io.partneracademy.web.Views;

import java.util.Map;

/** The certification paths page and a path's own page. */
@Controller(PathController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class PathController {

    static final String PATH = "/paths";
    static final String LIST_VIEW = "catalog/paths";
    static final String PATH_VIEW = "catalog/path";

    private final Paths paths;
    private final PathEnrolments enrolments;
    private final LocaleResolver<HttpRequest<?>> locales;

    PathController(Paths paths, PathEnrolments enrolments, LocaleResolver<HttpRequest<?>> locales) {
        this.paths = paths;
        this.enrolments = enrolments;
        this.locales = locales;
    }

    @Get
    HttpResponse<?> list(Authentication authentication, HttpRequest<?> request) {
        var all = paths.list(CurrentUser.from(authentication), locales.resolveOrDefault(request));
        return Views.render(HttpStatus.OK, LIST_VIEW, Map.of(
                "paths", all.stream().filter(p -> !p.specialization()).toList(),
                "specializations", all.stream().filter(PathViews.PathCard::specialization).toList()));
    }

    @Get("/{id}")
    HttpResponse<?> show(@PathVariable String id, Authentication authentication, HttpRequest<?> request) {
        return Views.render(HttpStatus.OK, PATH_VIEW, Map.of("path", paths.path(CurrentUser.from(authentication), id,
                locales.resolveOrDefault(request))));
    }

    @Post(value = "/{id}/enrol", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enrol(@PathVariable String id, Authentication authentication) {
        enrolments.enrol(CurrentUser.from(authentication), id);
        return Views.seeOther(PATH + "/" + id);
    }
}
