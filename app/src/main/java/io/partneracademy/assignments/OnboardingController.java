package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.assignments.AssignmentRejectedException.Part;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Onboarding plans: a partner's plan with its steps and who is being onboarded, editing the plan, starting it for
 * people who joined earlier; and the default plan, which admins edit.
 */
@Controller(OnboardingController.PATH)
@Secured({Role.Names.ADMIN, Role.Names.PARTNER_MANAGER, Role.Names.PARTNER_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class OnboardingController {

    static final String PATH = "/onboarding";
    static final String VIEW = "assignments/onboarding";

    private final OnboardingPlans plans;
    private final AssignedWork assigned;
    private final WorkCatalog catalog;
    private final Partners partners;
    private final People people;
    private final Forms forms;
    private final LocaleResolver<HttpRequest<?>> locales;

    OnboardingController(OnboardingPlans plans, AssignedWork assigned, WorkCatalog catalog, Partners partners,
                         People people, Forms forms, LocaleResolver<HttpRequest<?>> locales) {
        this.forms = forms;
        this.locales = locales;
        this.plans = plans;
        this.assigned = assigned;
        this.catalog = catalog;
        this.partners = partners;
        this.people = people;
    }

    @Get("/partners/{id}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(@PathVariable long id, @Nullable @QueryValue Integer started, Authentication authentication) {
        return page(CurrentUser.from(authentication), id, StepForm.empty(),
                Map.of("startedCount", started == null ? -1 : started)).render(HttpStatus.OK);
    }

    @Post(value = "/partners/{id}/steps", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> addStep(@PathVariable long id, @Body StepForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        forms.expect(page(me, id, form, Map.of()).fields(AssignmentRejectedException.class, Part.class,
                AssignmentFields::of));
        plans.addStep(me, id, form);
        return Views.seeOther(PATH + "/partners/" + id);
    }

    @Post(value = "/partners/{id}/steps/{stepId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> editStep(@PathVariable long id, @PathVariable long stepId, @Body StepForm form,
                             Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        forms.expect(page(me, id, StepForm.empty(), Map.of("editing", stepId, "editForm", form))
                .fields(AssignmentRejectedException.class, Part.class, part -> AssignmentFields.ofStep(part, stepId)));
        plans.editStep(me, id, stepId, form);
        return Views.seeOther(PATH + "/partners/" + id);
    }

    @Post(value = "/partners/{id}/steps/{stepId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> removeStep(@PathVariable long id, @PathVariable long stepId, Authentication authentication) {
        plans.removeStep(CurrentUser.from(authentication), id, stepId);
        return Views.seeOther(PATH + "/partners/" + id);
    }

    @Post(value = "/partners/{id}/default", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> useDefault(@PathVariable long id, Authentication authentication) {
        plans.useDefault(CurrentUser.from(authentication), id);
        return Views.seeOther(PATH + "/partners/" + id);
    }

    @Post(value = "/partners/{id}/start", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> start(@PathVariable long id, @Body AssignForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        // The start form has only the people to start for; its problems are shown there.
        forms.expect(page(me, id, StepForm.empty(), Map.of()).fields(AssignmentRejectedException.class, Part.class,
                part -> "start-" + AssignmentFields.of(part)));
        return Views.seeOther(PATH + "/partners/" + id + "?started=" + plans.start(me, id, form.userIds()));
    }

    @Get("/default")
    @Produces(MediaType.TEXT_HTML)
    @Secured(Role.Names.ADMIN)
    HttpResponse<?> defaultPlan(Authentication authentication) {
        return defaultPage(CurrentUser.from(authentication), StepForm.empty(), Map.of()).render(HttpStatus.OK);
    }

    @Post(value = "/default/steps", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured(Role.Names.ADMIN)
    HttpResponse<?> addDefaultStep(@Body StepForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        forms.expect(defaultPage(me, form, Map.of()).fields(AssignmentRejectedException.class, Part.class,
                AssignmentFields::of));
        plans.addStep(me, null, form);
        return Views.seeOther(PATH + "/default");
    }

    @Post(value = "/default/steps/{stepId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured(Role.Names.ADMIN)
    HttpResponse<?> editDefaultStep(@PathVariable long stepId, @Body StepForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        forms.expect(defaultPage(me, StepForm.empty(), Map.of("editing", stepId, "editForm", form))
                .fields(AssignmentRejectedException.class, Part.class, part -> AssignmentFields.ofStep(part, stepId)));
        plans.editStep(me, null, stepId, form);
        return Views.seeOther(PATH + "/default");
    }

    @Post(value = "/default/steps/{stepId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured(Role.Names.ADMIN)
    HttpResponse<?> removeDefaultStep(@PathVariable long stepId, Authentication authentication) {
        plans.removeStep(CurrentUser.from(authentication), null, stepId);
        return Views.seeOther(PATH + "/default");
    }

    private FormPage page(CurrentUser me, long id, StepForm form, Map<String, Object> extra) {
        Locale reader = reader();
        return FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = new HashMap<>(extra);
            model.put("partner", partners.getManaged(me, id));
            model.put("plan", plans.plan(me, id));
            model.put("people", people.staff(me, id));
            model.put("onboarding", assigned.onboarding(me, id, reader));
            model.putIfAbsent("startedCount", -1);
            return model(me, form, model, reader);
        });
    }

    private FormPage defaultPage(CurrentUser me, StepForm form, Map<String, Object> extra) {
        Locale reader = reader();
        return FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = new HashMap<>(extra);
            model.put("plan", plans.defaultPlan());
            model.put("startedCount", -1);
            return model(me, form, model, reader);
        });
    }

    private Map<String, Object> model(CurrentUser me, StepForm form, Map<String, Object> model,
                                      @Nullable Locale reader) {
        model.put("works", catalog.all(me, reader));
        model.putIfAbsent("editing", -1L);
        model.put("titleKeys", titleKeys((OnboardingPlans.Plan) model.get("plan")));
        model.put("form", form);
        model.put("maxWeek", OnboardingPlans.MAX_WEEK);
        return model;
    }

    /**
     * The language of the request being answered, read while the handler runs (the page may be drawn later, on a
     * 422): work is listed in it where translated.
     */
    @Nullable
    private Locale reader() {
        return ServerRequestContext.currentRequest().map(locales::resolveOrDefault).orElse(null);
    }

    /** {@code KIND:id} to the message key of its step's title, for the default plan's steps, whose keys are known. */
    private static Map<String, String> titleKeys(OnboardingPlans.Plan plan) {
        Map<String, String> keys = new HashMap<>();
        plan.steps().stream().filter(s -> s.titleKey() != null)
                .forEach(s -> keys.putIfAbsent(s.kind() + ":" + s.refId(), s.titleKey()));
        return keys;
    }
}
