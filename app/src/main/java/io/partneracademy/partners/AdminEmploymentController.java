package io.partneracademy.partners;

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
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.Users;
import io.partneracademy.web.FormErrors;
import io.partneracademy.web.FormValidation;
import io.partneracademy.web.Flash;
import io.partneracademy.web.Views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An admin's view of where a person has worked, and the form to move them to another partner. */
@Controller(AdminEmploymentController.PATH)
@Secured(Role.Names.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
// JSON is listed so API clients get a 401/403 problem body instead of a 406.
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class AdminEmploymentController {

    static final String PATH = "/admin/people/{userId}/employment";
    static final String VIEW = "admin/employment";

    private final People people;
    private final Partners partners;
    private final Users users;
    private final FormValidation validation;
    private final Clock clock;

    AdminEmploymentController(People people, Partners partners, Users users, FormValidation validation, Clock clock) {
        this.people = people;
        this.partners = partners;
        this.users = users;
        this.validation = validation;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(@PathVariable long userId) {
        return page(HttpStatus.OK, userId, new MoveForm(null, LocalDate.now(clock), ""), List.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> move(@PathVariable long userId, @Body MoveForm form) {
        List<FormErrors.FieldError> errors = validation.check(form);
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, userId, form, errors);
        }
        try {
            people.employ(userId, form.partnerId(), form.jobTitle(), form.startedOn());
            return Views.seeOther(PATH.replace("{userId}", String.valueOf(userId)), Flash.of("flash.employment-moved"));
        } catch (FormErrors e) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, userId, form, e.errors());
        }
    }

    private HttpResponse<?> page(HttpStatus status, long userId, MoveForm form, List<FormErrors.FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", users.get(userId));
        model.put("history", people.history(userId));
        model.put("partners", partners.list());
        model.put("form", form);
        model.put("errors", Views.fieldErrors(errors));
        return Views.render(status, VIEW, model);
    }
}
