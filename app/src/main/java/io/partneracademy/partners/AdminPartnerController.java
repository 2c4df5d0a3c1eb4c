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
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.List;
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
    private final FormValidation validation;

    AdminPartnerController(Partners partners, Users users, FormValidation validation) {
        this.partners = partners;
        this.users = users;
        this.validation = validation;
    }

    @Get
    HttpResponse<?> list() {
        return Views.render(HttpStatus.OK, LIST_VIEW, Map.of("partners", partners.list()));
    }

    @Get("/new")
    HttpResponse<?> newForm() {
        return form(HttpStatus.OK, null, PartnerForm.empty(), List.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body PartnerForm form) {
        List<FormErrors.FieldError> errors = validation.check(form);
        if (!errors.isEmpty()) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, null, form, errors);
        }
        try {
            Partner partner = partners.create(form);
            return Views.seeOther(PATH + "/" + partner.id());
        } catch (FormErrors e) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, null, form, e.errors());
        }
    }

    @Get("/{id}")
    HttpResponse<?> edit(@PathVariable long id) {
        Partner partner = partners.get(id);
        return form(HttpStatus.OK, partner, PartnerForm.of(partner), List.of());
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body PartnerForm form) {
        Partner partner = partners.get(id);
        List<FormErrors.FieldError> errors = validation.check(form);
        if (!errors.isEmpty()) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, partner, form, errors);
        }
        try {
            partners.update(id, form);
            return Views.seeOther(PATH + "/" + id);
        } catch (FormErrors e) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, partner, form, e.errors());
        }
    }

    @Post(value = "/{id}/managers", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> assign(@PathVariable long id, @Body Map<String, String> body) {
        Partner partner = partners.get(id);
        try {
            partners.assignManager(id, Long.parseLong(body.getOrDefault("managerId", "0")));
            return Views.seeOther(PATH + "/" + id);
        } catch (FormErrors e) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, partner, PartnerForm.of(partner), e.errors());
        } catch (NumberFormatException e) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, partner, PartnerForm.of(partner),
                    List.of(new FormErrors.FieldError("managerId", "partner.manager-role-required")));
        }
    }

    @Post(value = "/{id}/managers/{managerId}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unassign(@PathVariable long id, @PathVariable long managerId) {
        partners.unassignManager(id, managerId);
        return Views.seeOther(PATH + "/" + id);
    }

    private HttpResponse<?> form(HttpStatus status, Partner partner, PartnerForm form,
                                 List<FormErrors.FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("partner", partner);
        model.put("form", form);
        model.put("types", PartnerType.values());
        model.put("tiers", Tier.values());
        model.put("errors", Views.fieldErrors(errors));
        if (partner != null) {
            model.put("managers", partners.managers(partner.id()));
            model.put("candidates", users.idsWithRole(Role.PARTNER_MANAGER).stream().map(users::get).toList());
        }
        return Views.render(status, FORM_VIEW, model);
    }
}
