package io.partneracademy.live;

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
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.Flash;
import io.partneracademy.web.FormErrors;
import io.partneracademy.web.FormValidation;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The enablement team plans live sessions in the browser: list, create (or a weekly series), change, cancel. */
@Controller(LiveTeamController.PATH)
@Secured({Role.Names.AUTHOR, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class LiveTeamController {

    static final String PATH = "/authoring/live";
    static final String LIST_VIEW = "live/manage";
    static final String FORM_VIEW = "live/form";

    private final LiveSessions sessions;
    private final TeamSessions team;
    private final FormValidation validation;
    private final SeriesPlans plans;

    LiveTeamController(LiveSessions sessions, TeamSessions team, FormValidation validation, SeriesPlans plans) {
        this.plans = plans;
        this.sessions = sessions;
        this.team = team;
        this.validation = validation;
    }

    @Get
    HttpResponse<?> list() {
        return Views.render(HttpStatus.OK, LIST_VIEW, Map.of("sessions", team.list()));
    }

    @Get("/new")
    HttpResponse<?> newForm(Authentication authentication) {
        return form(HttpStatus.OK, null, SessionForm.empty(), List.of(), CurrentUser.from(authentication));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body SessionForm form, Authentication authentication) {
        CurrentUser user = CurrentUser.from(authentication);
        List<FormErrors.FieldError> errors = validation.check(form);
        if (!errors.isEmpty()) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, null, form, errors, user);
        }
        try {
            long id = sessions.create(user, form);
            return Views.seeOther(PATH + "/" + id, Flash.of("flash.live.created", form.count()));
        } catch (FormErrors e) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, null, form, e.errors(), user);
        }
    }

    @Get("/{id}")
    HttpResponse<?> edit(@PathVariable long id, Authentication authentication) {
        return form(HttpStatus.OK, id, team.form(id), List.of(), CurrentUser.from(authentication));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body SessionForm form, Authentication authentication) {
        CurrentUser user = CurrentUser.from(authentication);
        team.form(id);
        List<FormErrors.FieldError> errors = validation.check(form);
        if (!errors.isEmpty()) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, id, form, errors, user);
        }
        try {
            int changed = sessions.update(user, id, form);
            return Views.seeOther(PATH + "/" + id, changed > 1 ? Flash.of("flash.live.saved-series", changed)
                    : Flash.of("flash.live.saved"));
        } catch (FormErrors e) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, id, form, e.errors(), user);
        }
    }

    /** Adds sessions to the session's series from its stored rule. */
    @Post(value = "/{id}/extend", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> extend(@PathVariable long id, @Body ExtendForm form, Authentication authentication) {
        List<FormErrors.FieldError> errors = validation.check(form);
        if (!errors.isEmpty()) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, id, team.form(id), errors, CurrentUser.from(authentication));
        }
        plans.extend(id, form.sessions());
        return Views.seeOther(PATH + "/" + id, Flash.of("flash.live.extended", form.sessions()));
    }

    @Post(value = "/{id}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(@PathVariable long id) {
        sessions.cancel(id);
        return Views.seeOther(PATH + "/" + id, Flash.of("flash.live.session-cancelled"));
    }

    private HttpResponse<?> form(HttpStatus status, Long id, SessionForm form, List<FormErrors.FieldError> errors,
                                 CurrentUser user) {
        Map<String, Object> model = new HashMap<>();
        model.put("sessionId", id);
        model.put("session", id == null ? null : team.summary(id));
        model.put("series", id == null ? null : plans.summary(id));
        model.put("form", form);
        model.put("courses", sessions.courseChoices(user));
        model.put("paths", team.pathChoices());
        model.put("tiers", Tier.values());
        model.put("types", PartnerType.values());
        model.put("repeats", Recurrence.values());
        model.put("errors", Views.fieldErrors(errors));
        return Views.render(status, FORM_VIEW, model);
    }
}
