package io.partneracademy.sso;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
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

/**
 * A partner admin's pages for their own company's single sign-on (admins may open them for any company): the
 * company's domains and providers with a form to add one, and a page to change each provider.
 */
@Controller(PartnerSsoController.PATH)
@Secured({Role.Names.ADMIN, Role.Names.PARTNER_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class PartnerSsoController {

    static final String PATH = "/partners/{id}/sso";
    static final String VIEW = "sso/company";
    static final String PROVIDER_VIEW = "sso/company-provider";

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
        return page(company, ProviderForm.empty().forPartner(id)).render(HttpStatus.OK);
    }

    @Post(value = "/providers", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(@PathVariable long id, @Body ProviderForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        Partner company = sso.company(me, id);
        forms.check(page(company, form), form);
        sso.save(me, id, null, form);
        return Views.seeOther(path(id), Flash.of("flash.sso-provider-saved"));
    }

    @Get("/providers/{providerId}")
    HttpResponse<?> edit(@PathVariable long id, @PathVariable long providerId, Authentication authentication) {
        Partner company = sso.company(CurrentUser.from(authentication), id);
        SsoProvider provider = sso.provider(id, providerId);
        return providerPage(company, provider, ProviderForm.of(provider)).render(HttpStatus.OK);
    }

    @Post(value = "/providers/{providerId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @PathVariable long providerId, @Body ProviderForm form,
                           Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        Partner company = sso.company(me, id);
        SsoProvider provider = sso.provider(id, providerId);
        forms.check(providerPage(company, provider, form), form);
        sso.save(me, id, providerId, form);
        return Views.seeOther(path(id), Flash.of("flash.sso-provider-saved"));
    }

    private static String path(long id) {
        return "/partners/" + id + "/sso";
    }

    private FormPage page(Partner company, ProviderForm form) {
        return FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = model(company, null, form);
            model.put("providers", sso.providers(company.id()));
            model.put("domains", sso.domains(company.id()));
            model.put("changes", sso.changes(company));
            return model;
        }).fields(SsoSetupRejectedException.class, SsoSetupRejectedException.Part.class, SsoAdminController::field);
    }

    private FormPage providerPage(Partner company, SsoProvider provider, ProviderForm form) {
        return FormPage.lazy(PROVIDER_VIEW, () -> model(company, provider, form))
                .fields(SsoSetupRejectedException.class, SsoSetupRejectedException.Part.class,
                        SsoAdminController::field);
    }

    private Map<String, Object> model(Partner company, @Nullable SsoProvider provider, ProviderForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("company", company);
        model.put("provider", provider);
        // The secret is never sent back to the browser, not even after a failed save.
        model.put("form", form.withoutSecret());
        model.put("choices", sso.domainChoices(company.id(), provider == null ? null : provider.id(), form.domains()));
        model.put("redirectUri", baseUrl + SsoFlow.CALLBACK);
        model.put("postLogoutUri", baseUrl + "/");
        model.put("backChannelLogoutUri", baseUrl + BackChannelLogoutController.PATH);
        return model;
    }
}
