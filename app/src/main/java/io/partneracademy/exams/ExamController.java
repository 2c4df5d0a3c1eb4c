package io.partneracademy.exams;

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
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.web.ErrorPages;
import io.partneracademy.web.Formats;
import io.partneracademy.web.Language;
import io.partneracademy.web.PersonalSettings;
import io.partneracademy.web.Views;

import java.util.Locale;
import java.util.Map;

/** Exams: the list, an exam's rules, taking an attempt, and its result. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class ExamController {

    static final String LIST_VIEW = "exams/list";
    static final String EXAM_VIEW = "exams/exam";
    static final String QUESTION_VIEW = "exams/question";
    static final String RESULT_VIEW = "exams/result";
    static final String REVIEW_VIEW = "exams/review";

    private final ExamPages pages;
    private final Attempts attempts;
    private final ExamLanguages languages;
    private final LocaleResolver<HttpRequest<?>> locales;

    ExamController(ExamPages pages, Attempts attempts, ExamLanguages languages,
                   LocaleResolver<HttpRequest<?>> locales) {
        this.pages = pages;
        this.attempts = attempts;
        this.languages = languages;
        this.locales = locales;
    }

    @Get("/exams")
    HttpResponse<?> list(Authentication authentication, HttpRequest<?> request) {
        return Views.render(HttpStatus.OK, LIST_VIEW, Map.of("exams",
                pages.list(CurrentUser.from(authentication), locales.resolveOrDefault(request))));
    }

    @Get("/exams/{id}")
    HttpResponse<?> exam(@PathVariable String id, Authentication authentication, HttpRequest<?> request) {
        CurrentUser user = CurrentUser.from(authentication);
        ExamViews.ExamCard exam = pages.exam(user, id, locales.resolveOrDefault(request));
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("exam", exam);
        model.put("scoring", pages.scoringRules(id));
        model.put("examLanguages", languages.choices(id));
        model.put("examLanguage", languages.preferred(id, locales.resolveOrDefault(request)));
        pages.certified(user, exam, locales.resolveOrDefault(request)).ifPresent(held -> model.put("certified", held));
        return Views.render(HttpStatus.OK, EXAM_VIEW, model);
    }

    @Post(value = "/exams/{id}/attempts", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(@PathVariable String id, @Nullable @Body("language") String language,
                          Authentication authentication, HttpRequest<?> request) {
        long attemptId;
        try {
            attemptId = attempts.start(CurrentUser.from(authentication), id);
        } catch (AlreadyCertifiedException e) {
            // "You hold <certification> until …" names the path as the exam pages do, in the reader's language
            Locale reader = Language.of(locales.resolveOrDefault(request).getLanguage()).orElse(Language.DEFAULT).locale();
            Formats fmt = Formats.of(reader, PersonalSettings.zone(request));
            throw e.forReader(pages.pathTitle(e.pathId(), e.title(), reader), fmt::date);
        }
        languages.pin(attemptId, id, language);
        return Views.seeOther("/attempts/" + attemptId);
    }

    @Get("/attempts/{attemptId}")
    HttpResponse<?> question(@PathVariable long attemptId, @Nullable @QueryValue Integer q, Authentication authentication) {
        CurrentUser user = CurrentUser.from(authentication);
        if (!pages.attempt(user, attemptId).isOpen()) {
            return Views.seeOther("/attempts/" + attemptId + "/result");
        }
        // focus mode: the site menu stays hidden while an attempt is on screen
        return Views.render(HttpStatus.OK, QUESTION_VIEW,
                Map.of("page", pages.question(user, attemptId, q == null ? 0 : q), "focusMode", true));
    }

    @Get("/attempts/{attemptId}/review")
    HttpResponse<?> review(@PathVariable long attemptId, Authentication authentication) {
        CurrentUser user = CurrentUser.from(authentication);
        if (!pages.attempt(user, attemptId).isOpen()) {
            return Views.seeOther("/attempts/" + attemptId + "/result");
        }
        return Views.render(HttpStatus.OK, REVIEW_VIEW, Map.of("review", pages.review(user, attemptId), "focusMode", true));
    }

    @Post(value = "/attempts/{attemptId}/answers", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@PathVariable long attemptId, @Body AnswerForm form, HttpRequest<?> request,
                         Authentication authentication) {
        CurrentUser user = CurrentUser.from(authentication);
        int position = form.position() == null ? -1 : form.position();
        try {
            attempts.save(user, attemptId, position, form.answer(), form.text(), form.isFlagged());
            if ("next".equals(form.go()) && pages.question(user, attemptId, position).sequential()) {
                attempts.advance(user, attemptId, position);
            }
        } catch (AttemptClosedException e) {
            if (ErrorPages.wantsJson(request)) {
                throw e;
            }
            return Views.seeOther("/attempts/" + attemptId + "/result?closed=" + (e.messageKey().endsWith("late") ? "late" : "1"));
        }
        if (ErrorPages.wantsJson(request)) {
            return HttpResponse.noContent();
        }
        return Views.seeOther("/attempts/" + attemptId + "?q=" + target(form.go(), position));
    }

    @Post(value = "/attempts/{attemptId}/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(@PathVariable long attemptId, Authentication authentication) {
        try {
            attempts.submit(CurrentUser.from(authentication), attemptId);
            return Views.seeOther("/attempts/" + attemptId + "/result");
        } catch (AttemptClosedException e) {
            return Views.seeOther("/attempts/" + attemptId + "/result?closed=late");
        }
    }

    @Get("/attempts/{attemptId}/result")
    HttpResponse<?> result(@PathVariable long attemptId, @Nullable @QueryValue String closed,
                           Authentication authentication, HttpRequest<?> request) {
        CurrentUser user = CurrentUser.from(authentication);
        if (pages.attempt(user, attemptId).isOpen()) {
            return Views.seeOther("/attempts/" + attemptId);
        }
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("result", pages.result(user, attemptId));
        model.put("closed", closed == null ? "" : closed);
        pages.earned(user, attemptId, locales.resolveOrDefault(request)).ifPresent(earned -> model.put("earned", earned));
        return Views.render(HttpStatus.OK, RESULT_VIEW, model);
    }

    @Get(value = "/attempts/{attemptId}/status", produces = MediaType.APPLICATION_JSON)
    HttpResponse<ExamViews.Status> status(@PathVariable long attemptId, Authentication authentication) {
        // JSON also for a browser that asks for HTML first (someone opening the URL), never a 500
        return HttpResponse.ok(pages.status(CurrentUser.from(authentication), attemptId))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static int target(@Nullable String go, int position) {
        if (go == null || go.isBlank() || "stay".equals(go)) {
            return position;
        }
        if ("next".equals(go)) {
            return position + 1;
        }
        if ("previous".equals(go)) {
            return Math.max(0, position - 1);
        }
        try {
            return Integer.parseInt(go);
        } catch (NumberFormatException e) {
            return position;
        }
    }
}
