package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpHeaders;
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

/** A partner's assignments: the assign form, every assignment with its status, and the CSV. */
@Controller(AssignmentController.PATH)
@Secured({Role.Names.ADMIN, Role.Names.PARTNER_MANAGER, Role.Names.PARTNER_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class AssignmentController {

    static final String PATH = "/assignments/partners";
    static final String VIEW = "assignments/partner";

    private final Assignments assignments;
    private final AssignedWork assigned;
    private final WorkCatalog catalog;
    private final Partners partners;
    private final People people;
    private final AssignmentCsv csv;
    private final LocaleResolver<HttpRequest<?>> locales;
    private final Forms forms;

    AssignmentController(Assignments assignments, AssignedWork assigned, WorkCatalog catalog, Partners partners,
                         People people, AssignmentCsv csv, LocaleResolver<HttpRequest<?>> locales, Forms forms) {
        this.forms = forms;
        this.csv = csv;
        this.locales = locales;
        this.assignments = assignments;
        this.assigned = assigned;
        this.catalog = catalog;
        this.partners = partners;
        this.people = people;
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(@PathVariable long id, @Nullable @QueryValue Integer assigned,
                         @Nullable @QueryValue Integer already, Authentication authentication) {
        Map<String, Object> done = new HashMap<>();
        done.put("assignedCount", assigned == null ? -1 : assigned);
        done.put("alreadyCount", already == null ? 0 : already);
        return page(CurrentUser.from(authentication), id, AssignForm.empty(), done).render(HttpStatus.OK);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> assign(@PathVariable long id, @Body AssignForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        forms.check(page(me, id, form, Map.of()), errors -> {
            if (form.dueUnreadable()) {
                errors.add("dueOn", "assign.due-invalid", form.dueOn());
            }
        });
        Assignments.Result result = assignments.assign(me, id, form.request());
        return Views.seeOther(PATH + "/" + id + "?assigned=" + result.assigned() + "&already=" + result.alreadyOpen());
    }

    @Get("/{id}/assignments.csv")
    @Produces("text/csv")
    HttpResponse<String> csv(@PathVariable long id, HttpRequest<?> request, Authentication authentication) {
        Locale reader = locales.resolveOrDefault(request);
        return HttpResponse.ok(csv.write(assigned.forPartner(CurrentUser.from(authentication), id, reader), reader))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partner-" + id + "-assignments.csv\"")
                .contentType("text/csv; charset=utf-8");
    }

    private FormPage page(CurrentUser me, long id, AssignForm form, Map<String, Object> done) {
        // the language of the request being answered: work is listed in it where translated
        Locale reader = ServerRequestContext.currentRequest().map(locales::resolveOrDefault).orElse(null);
        return FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = new HashMap<>(done);
            model.put("partner", partners.getManaged(me, id));
            model.put("people", people.staff(me, id));
            model.put("works", catalog.all(me, reader));
            model.put("team", assigned.forPartner(me, id, reader));
            model.put("form", form);
            model.putIfAbsent("assignedCount", -1);
            model.putIfAbsent("alreadyCount", 0);
            return model;
        }).fields(AssignmentRejectedException.class, Part.class, AssignmentFields::of);
    }
}
