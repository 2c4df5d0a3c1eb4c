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
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.EmailTakenException;
import io.partneracademy.accounts.InvitationLink;
import io.partneracademy.accounts.Role;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Flash;
import io.partneracademy.web.Views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Partner companies' people, for admins, partner managers (their portfolio) and partner admins (their company). */
@Controller(PartnerPeopleController.PATH)
@Secured({Role.Names.ADMIN, Role.Names.PARTNER_MANAGER, Role.Names.PARTNER_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
// JSON is listed so API clients get a 401/403 problem body instead of a 406.
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class PartnerPeopleController {

    static final String PATH = "/partners";
    static final String LIST_VIEW = "partners/list";
    static final String PEOPLE_VIEW = "partners/people";
    static final String PERSON_VIEW = "partners/person";
    static final String INVITED_VIEW = "admin/user-invited";

    private final Partners partners;
    private final People people;
    private final Forms forms;
    private final Clock clock;

    PartnerPeopleController(Partners partners, People people, Forms forms, Clock clock) {
        this.partners = partners;
        this.people = people;
        this.forms = forms;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(Authentication authentication) {
        List<Partner> managed = partners.managedBy(CurrentUser.from(authentication));
        return Views.render(HttpStatus.OK, LIST_VIEW, Map.of("partners", managed));
    }

    @Get("/{id}")
    HttpResponse<?> staff(@PathVariable long id, Authentication authentication) {
        return page(CurrentUser.from(authentication), id, PersonForm.empty()).render(HttpStatus.OK);
    }

    @Post(value = "/{id}/people", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> invite(@PathVariable long id, @Body PersonForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        forms.check(page(me, id, form).field(EmailTakenException.class, "email"), form);
        InvitationLink link = people.invite(me, id, form);
        return Views.render(HttpStatus.CREATED, INVITED_VIEW,
                Map.of("user", people.person(me, id, link.userId()).user(), "link", link));
    }

    @Get("/{id}/people/{userId}")
    HttpResponse<?> person(@PathVariable long id, @PathVariable long userId, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        Person person = people.person(me, id, userId);
        return Views.render(HttpStatus.OK, PERSON_VIEW, Map.of("partner", partners.get(id), "person", person,
                "history", people.history(userId), "today", LocalDate.now(clock)));
    }

    @Post(value = "/{id}/people/{userId}/leave", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> leave(@PathVariable long id, @PathVariable long userId, Authentication authentication) {
        people.endEmployment(CurrentUser.from(authentication), id, userId, LocalDate.now(clock));
        return Views.seeOther(PATH + "/" + id, Flash.of("flash.person-left"));
    }

    private FormPage page(CurrentUser me, long id, PersonForm form) {
        Partner partner = partners.getManaged(me, id);
        return FormPage.lazy(PEOPLE_VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("partner", partner);
            model.put("people", people.staff(me, id));
            model.put("form", form);
            return model;
        });
    }
}
