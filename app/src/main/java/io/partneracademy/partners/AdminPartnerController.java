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
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Map;

/** Admin pages for partner companies and their partner managers. */
@Controller(AdminPartnerController.PATH)
@Secured(Role.Names.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
// JSON is listed so API clients get a 401/403 problem body instead of a 406.
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class AdminPartnerController {

    static final String PATH = "/admin/partners";
    static final String LIST_VIEW = "admin/partners";
    static final String FORM_VIEW = "admin/partner-form";

    private final Partners partners;
    private final Users users;
    private final Forms forms;

    AdminPartnerController(Partners partners, Users users, Forms forms) {
        this.partners = partners;
        this.users = users;
        this.forms = forms;
    }

    @Get
    HttpResponse<?> list() {
        return Views.render(HttpStatus.OK, LIST_VIEW, Map.of("partners", partners.list()));
    }

    @Get("/new")
    HttpResponse<?> newForm() {
        return page(null, PartnerForm.empty()).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body PartnerForm form) {
        forms.check(page(null, form).field(PartnerNameTakenException.class, "name"), form);
        Partner partner = partners.create(form);
        return Views.seeOther(PATH + "/" + partner.id());
    }

    @Get("/{id}")
    HttpResponse<?> edit(@PathVariable long id) {
        Partner partner = partners.get(id);
        return page(partner, PartnerForm.of(partner)).render(HttpStatus.OK);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body PartnerForm form) {
        Partner partner = partners.get(id);
        forms.check(page(partner, form).field(PartnerNameTakenException.class, "name"), form);
        partners.update(id, form);
        return Views.seeOther(PATH + "/" + id);
    }

    @Post(value = "/{id}/managers", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> assign(@PathVariable long id, @Body ManagerChoice choice) {
        Partner partner = partners.get(id);
        forms.check(page(partner, PartnerForm.of(partner)).field(NotAPartnerManagerException.class, "managerId"),
                choice);
        partners.assignManager(id, choice.id());
        return Views.seeOther(PATH + "/" + id);
    }

    @Post(value = "/{id}/managers/{managerId}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unassign(@PathVariable long id, @PathVariable long managerId) {
        partners.unassignManager(id, managerId);
        return Views.seeOther(PATH + "/" + id);
    }

    private FormPage page(Partner partner, PartnerForm form) {
        return FormPage.lazy(FORM_VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("partner", partner);
            model.put("form", form);
            model.put("types", PartnerType.values());
            model.put("tiers", Tier.values());
            if (partner != null) {
                model.put("managers", partners.managers(partner.id()));
                model.put("candidates", users.idsWithRole(Role.PARTNER_MANAGER).stream().map(users::get).toList());
            }
            return model;
        });
    }
}
