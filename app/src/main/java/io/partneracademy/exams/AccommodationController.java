package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.Users;
import io.partneracademy.web.FormErrors;
import io.partneracademy.web.Flash;
import io.partneracademy.web.Views;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Admins grant a person extra exam time; every grant is listed for audit. */
@Controller("/admin/users/{userId}/accommodations")
@Secured(Role.Names.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class AccommodationController {

    static final String VIEW = "exams/accommodations";

    private final Accommodations accommodations;
    private final Users users;

    AccommodationController(Accommodations accommodations, Users users) {
        this.accommodations = accommodations;
        this.users = users;
    }

    /** The grant form. */
    @Serdeable
    record GrantForm(@Nullable String extraMinutes, @Nullable String multiplier, @Nullable String reason) {
    }

    @Get
    HttpResponse<?> show(@PathVariable long userId) {
        return page(HttpStatus.OK, userId, new GrantForm("0", "1.0", ""), List.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> grant(@PathVariable long userId, @Body GrantForm form, Authentication authentication) {
        users.get(userId);
        try {
            accommodations.grant(CurrentUser.from(authentication), userId, Integer.parseInt(form.extraMinutes().strip()),
                    new BigDecimal(form.multiplier().strip()), form.reason());
            return Views.seeOther("/admin/users/" + userId + "/accommodations", Flash.of("flash.accommodation-granted"));
        } catch (NumberFormatException | NullPointerException e) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, userId, form,
                    List.of(new FormErrors.FieldError("extraMinutes", "accommodation.extra-range")));
        } catch (FormErrors e) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, userId, form, e.errors());
        }
    }

    private HttpResponse<?> page(HttpStatus status, long userId, GrantForm form, List<FormErrors.FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", users.get(userId));
        model.put("history", accommodations.history(userId));
        model.put("form", form);
        model.put("errors", Views.fieldErrors(errors));
        return Views.render(status, VIEW, model);
    }
}
