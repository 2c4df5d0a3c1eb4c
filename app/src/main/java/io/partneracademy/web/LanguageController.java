package io.partneracademy.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** The language switcher on every page: remembers the choice in a cookie and goes back to the page. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class LanguageController {

    static final String PATH = "/language";

    @Post(value = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> choose(@Body LanguageForm form) {
        Language language = Language.of(form.lang()).orElseThrow(() -> new UnknownLanguageException(
                form.lang() == null ? "" : form.lang()));
        return Views.seeOther(LocalPath.orHome(form.next())).cookie(LanguageCookie.of(language));
    }
}
