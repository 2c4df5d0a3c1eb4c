package io.partneracademy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/**
 * The language switcher on every page: remembers the choice in a cookie, tells the listeners (which store it in a
 * signed-in person's profile) and goes back to the page.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class LanguageController {

    static final String PATH = "/language";

    private final List<LanguageChoiceListener> listeners;

    LanguageController(List<LanguageChoiceListener> listeners) {
        this.listeners = listeners;
    }

    @Post(value = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> choose(@Body LanguageForm form, HttpRequest<?> request) {
        Language language = Language.of(form.lang()).orElseThrow(() -> new UnknownLanguageException(
                form.lang() == null ? "" : form.lang()));
        listeners.forEach(l -> l.chosen(request, language));
        return Views.seeOther(LocalPath.orHome(form.next())).cookie(LanguageCookie.of(language));
    }
}
