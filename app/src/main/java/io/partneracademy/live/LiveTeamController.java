package io.partneracademy.live;

import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
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
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
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
    private final Forms forms;
    private final SeriesPlans plans;
    private final LocaleResolver<HttpRequest<?>> locales;

    LiveTeamController(LiveSessions sessions, TeamSessions team, Forms forms, SeriesPlans plans,
                       LocaleResolver<HttpRequest<?>> locales) {
        this.plans = plans;
        this.locales = locales;
        this.sessions = sessions;
        this.team = team;
        this.forms = forms;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request) {
        return Views.render(HttpStatus.OK, LIST_VIEW, Map.of("sessions", team.list(locales.resolveOrDefault(request))));
    }

    @Get("/new")
    HttpResponse<?> newForm(Authentication authentication, HttpRequest<?> request) {
        return form(null, SessionForm.empty(), CurrentUser.from(authentication), request).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body SessionForm form, Authentication authentication, HttpRequest<?> request) {
        CurrentUser user = CurrentUser.from(authentication);
        forms.check(form(null, form, user, request), form);
        long id = sessions.create(user, form);
        return Views.seeOther(PATH + "/" + id, Flash.of("flash.live.created", form.count()));
    }

    @Get("/{id}")
    HttpResponse<?> edit(@PathVariable long id, Authentication authentication, HttpRequest<?> request) {
        LiveSeries.Rule rule = plans.rule(id);
        return form(id, team.form(id).withRepeat(rule == null ? null : rule.recurrence()),
                CurrentUser.from(authentication), request).render(HttpStatus.OK);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body SessionForm form, Authentication authentication,
                           HttpRequest<?> request) {
        CurrentUser user = CurrentUser.from(authentication);
        team.form(id);
        forms.check(form(id, form, user, request), form);
        int changed = sessions.update(user, id, form);
        return Views.seeOther(PATH + "/" + id, changed > 1 ? Flash.of("flash.live.saved-series", changed)
                : Flash.of("flash.live.saved"));
    }

    /** Adds sessions to the session's series from its stored rule. */
    @Post(value = "/{id}/extend", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> extend(@PathVariable long id, @Body ExtendForm form, Authentication authentication,
                           HttpRequest<?> request) {
        forms.check(form(id, team.form(id), CurrentUser.from(authentication), request), form);
        plans.extend(id, form.sessions());
        return Views.seeOther(PATH + "/" + id, Flash.of("flash.live.extended", form.sessions()));
    }

    @Post(value = "/{id}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(@PathVariable long id) {
        sessions.cancel(id);
        return Views.seeOther(PATH + "/" + id, Flash.of("flash.live.session-cancelled"));
    }

    /** The session form; a saved session's time is written in the reader's language. */
    private FormPage form(Long id, SessionForm form, CurrentUser user, HttpRequest<?> request) {
        return FormPage.lazy(FORM_VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("sessionId", id);
            model.put("session", id == null ? null : team.summary(id, locales.resolveOrDefault(request)));
            model.put("series", id == null ? null : plans.summary(id));
            model.put("form", form);
            model.put("courses", sessions.courseChoices(user));
            model.put("paths", team.pathChoices());
            model.put("tiers", Tier.values());
            model.put("types", PartnerType.values());
            model.put("repeats", Recurrence.values());
            model.put("seriesRepeats", List.of(Recurrence.WEEKLY, Recurrence.MONTHLY_DAY, Recurrence.MONTHLY_WEEKDAY));
            return model;
        }).fields(SessionRejectedException.class, SessionRejectedException.Part.class,
                LiveTeamController::field);
    }

    private static String field(SessionRejectedException.Part part) {
        return switch (part) {
            case TIME_ZONE -> "timeZone";
            case START -> "startsAt";
            case END -> "endsAt";
            case COURSE -> "courseId";
            case PATH -> "pathId";
            case MIN_TIER -> "minTier";
            case REPEAT -> "repeat";
            case JOIN_URL -> "joinUrl";
            case RECORDING_URL -> "recordingUrl";
            case INSTRUCTORS -> "instructors";
        };
    }
}
