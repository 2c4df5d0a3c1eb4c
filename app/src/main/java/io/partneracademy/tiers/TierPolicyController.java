package io.partneracademy.tiers;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tier policy page: what each tier requires, editable by admins. */
@Controller("/admin/tier-policy")
@Secured(Role.Names.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class TierPolicyController {

    static final String VIEW = "tiers/policy";

    private final TierPolicies policies;
    private final Forms forms;

    TierPolicyController(TierPolicies policies, Forms forms) {
        this.policies = policies;
        this.forms = forms;
    }

    @Get
    HttpResponse<?> show() {
        return page(null).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@Body Map<String, String> form, Authentication authentication) {
        TierPolicyForm policy = new TierPolicyForm(form);
        forms.check(page(form).on(TierPolicyRejectedException.class, (e, errors) -> e.problems()
                .forEach(p -> errors.add(p.tier().name() + switch (p.rule()) {
                    case BELOW_LOWER_TIER -> ".minCertified";
                    case LEVELS_EXCEED_CERTIFIED -> ".minPractitioners";
                }, p.messageKey()))), policy::check);
        policies.update(CurrentUser.from(authentication), policy.requirements());
        return Views.seeOther("/tiers");
    }

    /** One tier's row: its fields in column order, with the value to show (what was typed, else the policy). */
    record Row(String tier, List<Field> fields) {
    }

    record Field(String name, String value) {
    }

    private FormPage page(Map<String, String> form) {
        return FormPage.lazy(VIEW, () -> model(form));
    }

    private Map<String, Object> model(Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        List<Row> rows = new java.util.ArrayList<>();
        for (TierPolicy p : policies.list()) {
            if (p.tier() == io.partneracademy.partners.Tier.REGISTERED) {
                continue;
            }
            Map<String, String> values = new java.util.LinkedHashMap<>();
            values.put("minCertified", String.valueOf(p.minCertified()));
            values.put("minPractitioners", String.valueOf(p.minPractitioners()));
            values.put("minArchitects", String.valueOf(p.minArchitects()));
            values.put("minSpecializations", String.valueOf(p.minSpecializations()));
            values.put("minArr", p.minArr().stripTrailingZeros().toPlainString());
            values.put("minReferrals", String.valueOf(p.minReferrals()));
            List<Field> fields = values.entrySet().stream().map(e -> {
                String name = p.tier().name() + "." + e.getKey();
                return new Field(name, form != null && form.containsKey(name) ? form.get(name) : e.getValue());
            }).toList();
            rows.add(new Row(p.tier().name(), fields));
        }
        model.put("rows", rows);
        return model;
    }
}
