package io.partneracademy.catalog;

import io.micronaut.http.HttpHeaders;
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
import io.partneracademy.web.Views;

import java.util.Locale;
import java.util.Map;

/** Course outlines, the lesson reader, enrolment and progress. */
@Controller(CourseController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CourseController {

    static final String PATH = "/courses";
    static final String LIST_VIEW = "catalog/courses";
    static final String COURSE_VIEW = "catalog/course";
    static final String LESSON_VIEW = "catalog/lesson";
    // Attachments are shown inline but can never run script in our origin (SVG included).
    private static final String ASSET_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    private final Courses courses;
    private final CoursesInPaths paths;
    private final LocaleResolver<HttpRequest<?>> locales;
    private final ModuleActivities activities;

    CourseController(Courses courses, CoursesInPaths paths, LocaleResolver<HttpRequest<?>> locales,
                     ModuleActivities activities) {
        this.courses = courses;
        this.activities = activities;
        this.paths = paths;
        this.locales = locales;
    }

    @Get
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> list(Authentication authentication, HttpRequest<?> request) {
        return Views.render(HttpStatus.OK, LIST_VIEW, Map.of("courses",
                courses.list(CurrentUser.from(authentication), locales.resolveOrDefault(request))));
    }

    @Get("/{id}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> show(@PathVariable String id, Authentication authentication, HttpRequest<?> request) {
        CurrentUser user = CurrentUser.from(authentication);
        Map<String, Object> model = new java.util.HashMap<>();
        Locale reader = locales.resolveOrDefault(request);
        model.put("course", courses.course(user, id, reader));
        paths.inPath(user, id, reader).ifPresent(inPath -> model.put("inPath", inPath));
        model.put("activities", activities.of(user, id));
        return Views.render(HttpStatus.OK, COURSE_VIEW, model);
    }

    @Post(value = "/{id}/enrol", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> enrol(@PathVariable String id, Authentication authentication) {
        courses.enrol(CurrentUser.from(authentication), id);
        return Views.seeOther(PATH + "/" + id);
    }

    @Get("/{id}/lessons/{lessonId}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> lesson(@PathVariable String id, @PathVariable String lessonId, Authentication authentication,
                           HttpRequest<?> request) {
        return Views.render(HttpStatus.OK, LESSON_VIEW, Map.of("lesson",
                courses.lesson(CurrentUser.from(authentication), id, lessonId, locales.resolveOrDefault(request))));
    }

    @Post(value = "/{id}/lessons/{lessonId}/complete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> complete(@PathVariable String id, @PathVariable String lessonId, Authentication authentication) {
        CurrentUser user = CurrentUser.from(authentication);
        courses.complete(user, id, lessonId);
        // The end of a module with a knowledge check leads to it; the check's page leads on to the course.
        String next = activities.after(user, id, lessonId).map(CourseActivity.Activity::href).orElseGet(() -> {
            CatalogViews.LessonPage page = courses.lesson(user, id, lessonId);
            return page.next() == null ? PATH + "/" + id : PATH + "/" + id + "/lessons/" + page.next().id();
        });
        return Views.seeOther(next);
    }

    @Get("/{id}/assets/{+path}")
    HttpResponse<byte[]> asset(@PathVariable String id, @PathVariable String path, Authentication authentication) {
        CatalogViews.Asset asset = courses.asset(CurrentUser.from(authentication), id, path);
        return HttpResponse.ok(asset.bytes())
                .contentType(asset.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", ASSET_CSP)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300");
    }
}
