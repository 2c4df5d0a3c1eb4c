package io.partneracademy.sso;

import io.micronaut.context.annotation.Value;
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
import io.partneracademy.partners.Partner;
import io.partneracademy.web.Flash;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Map;

/** A partner admin's page for their own company's single sign-on (admins may open it for any company). */
@Controller(PartnerSsoController.PATH)
@Secured({Role.Names.ADMIN, Role.Names.PARTNER_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class PartnerSsoController {

    static final String PATH = "/partners/{id}/sso";
    static final String VIEW = "sso/company";

    private final CompanySso sso;
    private final Forms forms;
    private final String baseUrl;

    PartnerSsoController(CompanySso sso, Forms forms, @Value("${partneracademy.public-base-url}") String baseUrl) {
        this.sso = sso;
        this.forms = forms;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Get
    HttpResponse<?> show(@PathVariable long id, Authentication authentication) {
        Partner company = sso.company(CurrentUser.from(authentication), id);
        ProviderForm form = sso.provider(id).map(ProviderForm::of)
                .orElse(ProviderForm.empty().forPartner(id));
        return page(company, form).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@PathVariable long id, @Body ProviderForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        Partner company = sso.company(me, id);
        forms.check(page(company, form), form);
        sso.save(me, id, form);
        return Views.seeOther("/partners/" + id + "/sso", Flash.of("flash.sso-provider-saved"));
    }

    private FormPage page(Partner company, ProviderForm form) {
        return FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("company", company);
            model.put("provider", sso.provider(company.id()).orElse(null));
            // The secret is never sent back to the browser, not even after a failed save.
            model.put("form", form.withoutSecret());
            model.put("domains", sso.domains(company.id()));
            model.put("changes", sso.changes(company));
            model.put("redirectUri", baseUrl + SsoFlow.CALLBACK);
            model.put("postLogoutUri", baseUrl + "/");
            model.put("backChannelLogoutUri", baseUrl + BackChannelLogoutController.PATH);
            return model;
        }).fields(SsoSetupRejectedException.class, SsoSetupRejectedException.Part.class, SsoAdminController::field);
    }
}
