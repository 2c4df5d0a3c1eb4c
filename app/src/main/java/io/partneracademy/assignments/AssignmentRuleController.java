package io.partneracademy.assignments;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Automatic assignment rules, for admins: the list with what each rule made, and the new-rule form. */
@Controller(AssignmentRuleController.PATH)
@Secured(Role.Names.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class AssignmentRuleController {

    static final String PATH = "/assignments/rules";
    static final String VIEW = "assignments/rules";

    private final AssignmentRules rules;
    private final WorkCatalog catalog;

    AssignmentRuleController(AssignmentRules rules, WorkCatalog catalog) {
        this.rules = rules;
        this.catalog = catalog;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(@Nullable @QueryValue Integer made, Authentication authentication) {
        return page(HttpStatus.OK, CurrentUser.from(authentication), RuleForm.empty(), List.of(),
                Map.of("madeCount", made == null ? -1 : made));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(@Body RuleForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        try {
            return Views.seeOther(PATH + "?made=" + rules.create(me, form));
        } catch (AssignmentRejectedException e) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, me, form, e.problems(), Map.of());
        } catch (ConfirmationNeededException e) {
            return page(HttpStatus.OK, me, form.confirmed(), List.of(), Map.of("confirmCount", e.count()));
        }
    }

    private HttpResponse<?> page(HttpStatus status, CurrentUser me, RuleForm form, List<AssignmentProblem> problems,
                                 Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("rules", rules.all());
        model.put("works", catalog.all(me));
        model.put("tiers", Tier.values());
        model.put("form", form);
        model.put("problems", problems);
        model.putIfAbsent("madeCount", -1);
        model.putIfAbsent("confirmCount", -1);
        return Views.render(status, VIEW, model);
    }
}
