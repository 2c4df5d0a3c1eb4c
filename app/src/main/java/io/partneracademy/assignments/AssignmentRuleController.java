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
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Automatic assignment rules: the list with what each rule made and the new-rule form, and one rule's edit form with
 * its delete button. Admins see every rule; partner managers and partner admins those of the partners they look after.
 */
@Controller(AssignmentRuleController.PATH)
@Secured({Role.Names.ADMIN, Role.Names.PARTNER_MANAGER, Role.Names.PARTNER_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class AssignmentRuleController {

    static final String PATH = "/assignments/rules";
    static final String VIEW = "assignments/rules";
    static final String EDIT_VIEW = "assignments/rule";

    private final AssignmentRules rules;
    private final WorkCatalog catalog;
    private final Forms forms;
    private final LocaleResolver<HttpRequest<?>> locales;

    AssignmentRuleController(AssignmentRules rules, WorkCatalog catalog, Forms forms,
                             LocaleResolver<HttpRequest<?>> locales) {
        this.rules = rules;
        this.catalog = catalog;
        this.forms = forms;
        this.locales = locales;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(@Nullable @QueryValue Integer made, @Nullable @QueryValue String done,
                         @Nullable @QueryValue String ignored, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        List<Partner> partners = rules.partners(me);
        Long only = !me.has(Role.ADMIN) && partners.size() == 1 ? partners.get(0).id() : null;
        Map<String, Object> extra = new HashMap<>();
        extra.put("madeCount", made == null ? -1 : made);
        extra.put("done", done == null ? "" : done);
        extra.put("ignoredKey", "dueDays".equals(ignored) ? "rule.ignored-due-days"
                : "daysBefore".equals(ignored) ? "rule.ignored-days-before" : null);
        return list(me, RuleForm.empty(only), extra).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(@Body RuleForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        forms.expect(list(me, form, Map.of()));
        try {
            return Views.seeOther(made(rules.create(me, form), form));
        } catch (ConfirmationNeededException e) {
            return list(me, form.confirmed(), Map.of("confirmCount", e.count())).render(HttpStatus.OK);
        }
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> edit(@PathVariable long id, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        RuleRow rule = rules.get(me, id);
        return edit(me, rule, RuleForm.of(rule), Map.of()).render(HttpStatus.OK);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> update(@PathVariable long id, @Body RuleForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        RuleRow rule = rules.get(me, id);
        forms.expect(edit(me, rule, form, Map.of()));
        try {
            return Views.seeOther(made(rules.update(me, id, form), form));
        } catch (ConfirmationNeededException e) {
            return edit(me, rule, form.confirmed(), Map.of("confirmCount", e.count())).render(HttpStatus.OK);
        }
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> delete(@PathVariable long id, Authentication authentication) {
        rules.delete(CurrentUser.from(authentication), id);
        return Views.seeOther(PATH + "?done=deleted");
    }

    /** The rules page saying how many the rule assigned, and which day field it left out, if any. */
    private static String made(int count, RuleForm form) {
        return PATH + "?made=" + count + form.ignoredDays().map(field -> "&ignored=" + field).orElse("");
    }

    private FormPage list(CurrentUser me, RuleForm form, Map<String, Object> extra) {
        Locale reader = reader();
        return FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = model(me, form, extra, reader);
            model.put("rules", rules.visible(me));
            model.putIfAbsent("madeCount", -1);
            model.putIfAbsent("done", "");
            model.putIfAbsent("ignoredKey", null);
            return model;
        }).fields(AssignmentRejectedException.class, Part.class, AssignmentFields::of);
    }

    private FormPage edit(CurrentUser me, RuleRow rule, RuleForm form, Map<String, Object> extra) {
        Locale reader = reader();
        return FormPage.lazy(EDIT_VIEW, () -> {
            Map<String, Object> model = model(me, form, extra, reader);
            model.put("rule", rule);
            return model;
        }).fields(AssignmentRejectedException.class, Part.class, AssignmentFields::of);
    }

    private Map<String, Object> model(CurrentUser me, RuleForm form, Map<String, Object> extra,
                                      @Nullable Locale reader) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("works", catalog.all(me, reader));
        model.put("tiers", Tier.values());
        model.put("partners", rules.partners(me));
        model.put("everyPartner", me.has(Role.ADMIN));
        model.put("form", form);
        model.putIfAbsent("confirmCount", -1);
        return model;
    }

    /**
     * The language of the request being answered, read while the handler runs: the page may be drawn later (a 422
     * re-render), and then lists the work in the same language.
     */
    @Nullable
    private Locale reader() {
        return ServerRequestContext.currentRequest().map(locales::resolveOrDefault).orElse(null);
    }
}
