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
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.List;
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

    AssignmentController(Assignments assignments, AssignedWork assigned, WorkCatalog catalog, Partners partners,
                         People people, AssignmentCsv csv, LocaleResolver<HttpRequest<?>> locales) {
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
        Map<String, Object> model = new HashMap<>();
        model.put("assignedCount", assigned == null ? -1 : assigned);
        model.put("alreadyCount", already == null ? 0 : already);
        return page(HttpStatus.OK, CurrentUser.from(authentication), id, AssignForm.empty(), List.of(), model);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> assign(@PathVariable long id, @Body AssignForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        if (form.dueUnreadable()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, me, id, form,
                    List.of(new AssignmentProblem(DueDates.FIELD, "assign.due-invalid", List.of(form.dueOn()))), Map.of());
        }
        try {
            Assignments.Result result = assignments.assign(me, id, form.request());
            return Views.seeOther(PATH + "/" + id + "?assigned=" + result.assigned() + "&already=" + result.alreadyOpen());
        } catch (AssignmentRejectedException e) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, me, id, form, e.problems(), Map.of());
        }
    }

    @Get("/{id}/assignments.csv")
    @Produces("text/csv")
    HttpResponse<String> csv(@PathVariable long id, HttpRequest<?> request, Authentication authentication) {
        Locale reader = locales.resolveOrDefault(request);
        return HttpResponse.ok(csv.write(assigned.forPartner(CurrentUser.from(authentication), id, reader), reader))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partner-" + id + "-assignments.csv\"")
                .contentType("text/csv; charset=utf-8");
    }

    private HttpResponse<?> page(HttpStatus status, CurrentUser me, long id, AssignForm form,
                                 List<AssignmentProblem> problems, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("partner", partners.getManaged(me, id));
        model.put("people", people.staff(me, id));
        // the language of the request being answered: work is listed in it where translated
        Locale reader = ServerRequestContext.currentRequest().map(locales::resolveOrDefault).orElse(null);
        model.put("works", catalog.all(me, reader));
        model.put("team", assigned.forPartner(me, id, reader));
        model.put("form", form);
        model.put("problems", problems);
        model.putIfAbsent("assignedCount", -1);
        model.putIfAbsent("alreadyCount", 0);
        return Views.render(status, VIEW, model);
    }
}
