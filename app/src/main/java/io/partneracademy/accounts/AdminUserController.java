package io.partneracademy.accounts;

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
import io.partneracademy.web.Flash;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Map;

/** Admin pages for user accounts: list, invite, edit roles, re-issue an invitation. */
@Controller(AdminUserController.PATH)
@Secured(Role.Names.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
// JSON is listed so API clients get a 401/403 problem body instead of a 406.
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class AdminUserController {

    static final String PATH = "/admin/users";
    static final String LIST_VIEW = "admin/users";
    static final String FORM_VIEW = "admin/user-form";
    static final String INVITED_VIEW = "admin/user-invited";

    private final Users users;
    private final Invitations invitations;
    private final Forms forms;

    AdminUserController(Users users, Invitations invitations, Forms forms) {
        this.users = users;
        this.invitations = invitations;
        this.forms = forms;
    }

    @Get
    HttpResponse<?> list() {
        return Views.render(HttpStatus.OK, LIST_VIEW, Map.of("users", users.list()));
    }

    @Get("/new")
    HttpResponse<?> newForm() {
        return page(null, UserForm.empty()).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> invite(@Body UserForm form, Authentication authentication) {
        forms.check(page(null, form).field(EmailTakenException.class, "email"), form, errors -> {
            if (form.email() == null || form.email().isBlank()) {
                errors.add("email", "constraint.NotBlank");
            }
        });
        UserSummary user = users.create(form.email(), form.displayName(), form.roleSet());
        InvitationLink link = invitations.issue(user.id(), CurrentUser.from(authentication).id());
        return Views.render(HttpStatus.CREATED, INVITED_VIEW, Map.of("user", user, "link", link));
    }

    @Get("/{id}")
    HttpResponse<?> edit(@PathVariable long id) {
        UserSummary user = users.get(id);
        return page(user, UserForm.of(user)).render(HttpStatus.OK);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body UserForm form) {
        UserSummary user = users.get(id);
        forms.check(page(user, form), form);
        users.update(id, form.displayName(), form.activeChosen(), form.roleSet());
        return Views.seeOther(PATH + "/" + id, Flash.of("flash.user-saved", form.displayName()));
    }

    @Post(value = "/{id}/invitation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reinvite(@PathVariable long id, Authentication authentication) {
        InvitationLink link = invitations.issue(id, CurrentUser.from(authentication).id());
        return Views.render(HttpStatus.OK, INVITED_VIEW, Map.of("user", users.get(id), "link", link));
    }

    private static FormPage page(UserSummary user, UserForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("form", form);
        model.put("allRoles", Role.values());
        return FormPage.of(FORM_VIEW, model);
    }
}
