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
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Flash;
import io.partneracademy.web.Views;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.util.HashMap;
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
    private final Forms forms;

    AccommodationController(Accommodations accommodations, Users users, Forms forms) {
        this.accommodations = accommodations;
        this.users = users;
        this.forms = forms;
    }

    /** The grant form: whole minutes, a decimal multiplier and a reason; the ranges are the service's rules. */
    @Serdeable
    record GrantForm(@Nullable @NotNull(message = "{accommodation.extra-range}")
                     @Pattern(regexp = "\\s*[0-9]{1,6}\\s*", message = "{accommodation.extra-range}") String extraMinutes,
                     @Nullable @NotNull(message = "{accommodation.multiplier-range}")
                     @Pattern(regexp = "\\s*[0-9]{1,3}(\\.[0-9]{1,4})?\\s*", message = "{accommodation.multiplier-range}")
                     String multiplier,
                     @Nullable String reason) {
    }

    @Get
    HttpResponse<?> show(@PathVariable long userId) {
        return page(userId, new GrantForm("0", "1.0", "")).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> grant(@PathVariable long userId, @Body GrantForm form, Authentication authentication) {
        users.get(userId);
        forms.check(page(userId, form).fields(AccommodationRejectedException.class,
                AccommodationRejectedException.Part.class, part -> switch (part) {
            case EXTRA_MINUTES -> "extraMinutes";
            case MULTIPLIER -> "multiplier";
            case REASON -> "reason";
        }), form);
        accommodations.grant(CurrentUser.from(authentication), userId, Integer.parseInt(form.extraMinutes().strip()),
                new BigDecimal(form.multiplier().strip()), form.reason());
        return Views.seeOther("/admin/users/" + userId + "/accommodations", Flash.of("flash.accommodation-granted"));
    }

    private FormPage page(long userId, GrantForm form) {
        return FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("user", users.get(userId));
            model.put("history", accommodations.history(userId));
            model.put("form", form);
            return model;
        });
    }
}
