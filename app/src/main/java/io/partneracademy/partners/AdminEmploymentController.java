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
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Flash;
import io.partneracademy.web.Views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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
    private final Forms forms;
    private final Clock clock;

    AdminEmploymentController(People people, Partners partners, Users users, Forms forms, Clock clock) {
        this.people = people;
        this.partners = partners;
        this.users = users;
        this.forms = forms;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(@PathVariable long userId) {
        return page(userId, new MoveForm(null, LocalDate.now(clock), "")).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> move(@PathVariable long userId, @Body MoveForm form) {
        forms.check(page(userId, form)
                .field(AlreadyEmployedException.class, "partnerId")
                .field(MoveBeforeStartException.class, "startedOn"), form);
        people.employ(userId, form.partnerId(), form.jobTitle(), form.startedOn());
        return Views.seeOther(PATH.replace("{userId}", String.valueOf(userId)), Flash.of("flash.employment-moved"));
    }

    private FormPage page(long userId, MoveForm form) {
        return FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("user", users.get(userId));
            model.put("history", people.history(userId));
            model.put("partners", partners.list());
            model.put("form", form);
            return model;
        });
    }
}
