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
import io.partneracademy.web.FormErrors;
import io.partneracademy.web.Language;
import io.partneracademy.web.PersonalSettings;
import io.partneracademy.web.Views;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    ProfileController(PersonPreferences preferences, Users users, Clock clock) {
        this.preferences = preferences;
        this.users = users;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(Authentication authentication) {
        long id = CurrentUser.from(authentication).id();
        return page(HttpStatus.OK, id, ProfileForm.of(preferences.of(id)), List.of());
    }

    /** Sets a first password (people created by single sign-on have none); a person with one is told so (409). */
    @Post(value = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> setPassword(@Body PasswordForm form, Authentication authentication) {
        long id = CurrentUser.from(authentication).id();
        try {
            users.setFirstPassword(id, form.password() == null ? "" : form.password(),
                    form.confirmation() == null ? "" : form.confirmation());
            return Views.seeOther(PATH, Flash.of("flash.password-set"));
        } catch (FormErrors e) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, id, ProfileForm.of(preferences.of(id)), e.errors());
        }
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@Body ProfileForm form, Authentication authentication) {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        Optional<Language> language = Language.of(form.language());
        if (language.isEmpty() && !blank(form.language())) {
            errors.add(new FormErrors.FieldError("language", "profile.language.unknown"));
        }
        Optional<ZoneId> zone = TimeZones.find(form.timeZone());
        if (zone.isEmpty() && !blank(form.timeZone())) {
            errors.add(new FormErrors.FieldError("timeZone", "profile.time-zone.unknown"));
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, CurrentUser.from(authentication).id(), form, errors);
        }
        preferences.save(CurrentUser.from(authentication).id(), language.orElse(null), zone.orElse(null));
        return Views.seeOther(PATH, Flash.of("flash.profile-saved"));
    }

    private HttpResponse<?> page(HttpStatus status, long id, ProfileForm form, List<FormErrors.FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("hasPassword", users.hasPassword(id));
        model.put("allLanguages", Language.values());
        model.put("zones", TimeZones.ids());
        model.put("now", clock.instant());
        model.put("defaultZone", PersonalSettings.DEFAULT_ZONE.getId());
        model.put("errors", Views.fieldErrors(errors));
        return Views.render(status, VIEW, model);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
