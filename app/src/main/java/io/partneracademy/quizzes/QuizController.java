package io.partneracademy.quizzes;

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.exams.InvalidAnswerException;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.Locale;
import java.util.Map;

/** A course's practice quiz: its start page, and one question after the other with feedback right after each. */
@Controller("/courses/{courseId}/quizzes/{quizId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class QuizController {

    static final String QUIZ_VIEW = "quizzes/quiz";
    static final String QUESTION_VIEW = "quizzes/question";

    private final Quizzes quizzes;
    private final Forms forms;
    private final LocaleResolver<HttpRequest<?>> locales;

    QuizController(Quizzes quizzes, Forms forms, LocaleResolver<HttpRequest<?>> locales) {
        this.quizzes = quizzes;
        this.forms = forms;
        this.locales = locales;
    }

    static String path(String courseId, String quizId) {
        return "/courses/" + courseId + "/quizzes/" + quizId;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> show(@PathVariable String courseId, @PathVariable String quizId, Authentication authentication,
                         HttpRequest<?> request) {
        return Views.render(HttpStatus.OK, QUIZ_VIEW, Map.of("quiz",
                quizzes.overview(CurrentUser.from(authentication), courseId, quizId, locales.resolveOrDefault(request))));
    }

    @Post(value = "/start", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> start(@PathVariable String courseId, @PathVariable String quizId, Authentication authentication) {
        quizzes.start(CurrentUser.from(authentication), courseId, quizId);
        return Views.seeOther(path(courseId, quizId) + "/questions/1");
    }

    @Get("/questions/{number}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> question(@PathVariable String courseId, @PathVariable String quizId, @PathVariable int number,
                             Authentication authentication, HttpRequest<?> request) {
        return quizzes.question(CurrentUser.from(authentication), courseId, quizId, number,
                        locales.resolveOrDefault(request))
                .<HttpResponse<?>>map(page -> Views.render(HttpStatus.OK, QUESTION_VIEW, Map.of("page", page)))
                .orElseGet(() -> Views.seeOther(path(courseId, quizId)));
    }

    @Post(value = "/questions/{number}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> answer(@PathVariable String courseId, @PathVariable String quizId, @PathVariable int number,
                           @Body QuizAnswerForm form, Authentication authentication, HttpRequest<?> request) {
        CurrentUser user = CurrentUser.from(authentication);
        Locale reader = locales.resolveOrDefault(request);
        forms.expect(FormPage.lazy(QUESTION_VIEW, () -> Map.of("page",
                quizzes.question(user, courseId, quizId, number, reader).orElseThrow()))
                .alert(InvalidAnswerException.class));
        boolean saved = quizzes.answer(user, courseId, quizId, number, form.answer(), form.text());
        return Views.seeOther(path(courseId, quizId) + (saved ? "/questions/" + number + "#feedback" : ""));
    }
}
