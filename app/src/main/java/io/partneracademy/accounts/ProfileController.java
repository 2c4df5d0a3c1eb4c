package io.partneracademy.accounts;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.web.Flash;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Language;
import io.partneracademy.web.PersonalSettings;
import io.partneracademy.web.Views;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in person's own settings: the language of the interface, the time zone their times are shown in, and a
 * first password for people who have none (created by single sign-on).
 */
@Controller(ProfileController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class ProfileController {

    static final String PATH = "/profile";
    static final String VIEW = "accounts/profile";

    private final PersonPreferences preferences;
    private final Users users;
    private final Clock clock;
    private final Forms forms;

    ProfileController(PersonPreferences preferences, Users users, Clock clock, Forms forms) {
        this.preferences = preferences;
        this.users = users;
        this.clock = clock;
        this.forms = forms;
    }

    @Get
    HttpResponse<?> show(Authentication authentication) {
        long id = CurrentUser.from(authentication).id();
        return page(id, ProfileForm.of(preferences.of(id))).render(HttpStatus.OK);
    }

    /** Sets a first password (people created by single sign-on have none); a person with one is told so (409). */
    @Post(value = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> setPassword(@Body PasswordForm form, Authentication authentication) {
        long id = CurrentUser.from(authentication).id();
        forms.check(page(id, ProfileForm.of(preferences.of(id))).fields(PasswordRejectedException.class,
                PasswordRejectedException.Part.class,
                part -> part == PasswordRejectedException.Part.PASSWORD ? "password" : "confirmation"), form);
        users.setFirstPassword(id, form.password() == null ? "" : form.password(),
                form.confirmation() == null ? "" : form.confirmation());
        return Views.seeOther(PATH, Flash.of("flash.password-set"));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@Body ProfileForm form, Authentication authentication) {
        Optional<Language> language = Language.of(form.language());
        Optional<ZoneId> zone = TimeZones.find(form.timeZone());
        forms.check(page(CurrentUser.from(authentication).id(), form), form, errors -> {
            if (language.isEmpty() && !blank(form.language())) {
                errors.add("language", "profile.language.unknown");
            }
            if (zone.isEmpty() && !blank(form.timeZone())) {
                errors.add("timeZone", "profile.time-zone.unknown");
            }
        });
        preferences.save(CurrentUser.from(authentication).id(), language.orElse(null), zone.orElse(null));
        return Views.seeOther(PATH, Flash.of("flash.profile-saved"));
    }

    private FormPage page(long id, ProfileForm form) {
        return FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("form", form);
            model.put("hasPassword", users.hasPassword(id));
            model.put("allLanguages", Language.values());
            model.put("zones", TimeZones.ids());
            model.put("now", clock.instant());
            model.put("defaultZone", PersonalSettings.DEFAULT_ZONE.getId());
            return model;
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
