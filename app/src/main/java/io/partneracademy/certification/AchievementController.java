package io.partneracademy.certification;

import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.exams.ExamResults;
import io.partneracademy.web.ErrorPages;
import io.partneracademy.web.Views;
import jakarta.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The public page of a certification's achievement, the {@code id} badges give it: a page for people, the
 * Achievement as JSON-LD for verifiers (Accept: application/ld+json or application/json), and its badge art.
 */
@Controller(Achievements.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AchievementController {

    static final String VIEW = "certification/achievement";
    static final MediaType SVG = MediaType.of("image/svg+xml");
    private static final MediaType LD_JSON = MediaType.of("application/ld+json");

    private final Achievements achievements;
    private final PathRules paths;
    private final ExamResults exams;
    private final LocaleResolver<HttpRequest<?>> locales;

    AchievementController(Achievements achievements, PathRules paths, ExamResults exams,
                          LocaleResolver<HttpRequest<?>> locales) {
        this.achievements = achievements;
        this.paths = paths;
        this.exams = exams;
        this.locales = locales;
    }

    @Get("/{pathId}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, "application/ld+json"})
    HttpResponse<?> achievement(@PathVariable String pathId, HttpRequest<?> request) {
        PathRules.Rule rule = achievements.rule(pathId);
        Map<String, Object> achievement = achievements.achievement(rule.id(), rule.title(), rule.level().name());
        if (ErrorPages.wantsJson(request)) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("@context", Badges.CONTEXT);
            document.putAll(achievement);
            byte[] body = Json.createObjectBuilder(document).build().toString().getBytes(StandardCharsets.UTF_8);
            return HttpResponse.ok(body).contentType(LD_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        // The JSON-LD above is the published Achievement (English, as badges cite it); the page is for people and
        // names the path and its exam in the visitor's language where translated.
        Locale reader = locales.resolveOrDefault(request);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("rule", rule);
        model.put("title", paths.titles(reader).of(rule.id(), rule.title()));
        model.put("examTitle", exams.title(rule.examId(), reader));
        model.put("imageUrl", Achievements.PATH + "/" + rule.id() + "/image.svg");
        return Views.render(HttpStatus.OK, VIEW, model).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    @Get("/{pathId}/image.svg")
    @Produces("image/svg+xml")
    HttpResponse<byte[]> image(@PathVariable String pathId) {
        PathRules.Rule rule = achievements.rule(pathId);
        try (InputStream in = AchievementController.class.getResourceAsStream(Achievements.imageResource(rule.level()))) {
            if (in == null) {
                throw new IllegalStateException("Badge art missing: " + Achievements.imageResource(rule.level()));
            }
            return HttpResponse.ok(in.readAllBytes()).contentType(SVG)
                    .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
