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
import io.partneracademy.web.Flash;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Map;

/** Admin pages for single sign-on: each company's identity provider and the email domains each company owns. */
@Controller(SsoAdminController.PATH)
@Secured(Role.Names.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class SsoAdminController {

    static final String PATH = "/admin/sso";
    static final String LIST_VIEW = "sso/admin";
    static final String FORM_VIEW = "sso/provider-form";

    private final SsoSetup setup;
    private final Forms forms;
    private final String baseUrl;

    SsoAdminController(SsoSetup setup, Forms forms,
                       @Value("${partneracademy.public-base-url}") String baseUrl) {
        this.setup = setup;
        this.forms = forms;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Get
    HttpResponse<?> list() {
        return page(DomainForm.empty()).render(HttpStatus.OK);
    }

    @Post(value = "/domains", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> claim(@Body DomainForm form, Authentication authentication) {
        forms.check(page(form), form);
        String domain = setup.claim(form, CurrentUser.from(authentication));
        return Views.seeOther(PATH, Flash.of("flash.sso-domain-claimed", domain));
    }

    @Post(value = "/domains/{domain}/release", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> release(@PathVariable String domain, Authentication authentication) {
        setup.release(domain, CurrentUser.from(authentication));
        return Views.seeOther(PATH, Flash.of("flash.sso-domain-released", domain));
    }

    @Get("/providers/new")
    HttpResponse<?> newProvider() {
        return form(null, ProviderForm.empty()).render(HttpStatus.OK);
    }

    @Post(value = "/providers", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body ProviderForm form, Authentication authentication) {
        return save(null, form, CurrentUser.from(authentication));
    }

    @Get("/providers/{id}")
    HttpResponse<?> edit(@PathVariable long id) {
        SsoProvider provider = setup.provider(id);
        return form(provider, ProviderForm.of(provider)).render(HttpStatus.OK);
    }

    @Post(value = "/providers/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body ProviderForm form, Authentication authentication) {
        setup.provider(id);
        return save(id, form, CurrentUser.from(authentication));
    }

    private HttpResponse<?> save(Long id, ProviderForm form, CurrentUser admin) {
        SsoProvider existing = id == null ? null : setup.provider(id);
        forms.check(form(existing, form), form);
        setup.save(id, form, admin);
        return Views.seeOther(PATH, Flash.of("flash.sso-provider-saved"));
    }

    private FormPage page(DomainForm form) {
        return FormPage.lazy(LIST_VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("providers", setup.providers());
            model.put("domains", setup.domains());
            model.put("partners", setup.partners());
            model.put("changes", setup.changes());
            model.put("form", form);
            return model;
        }).fields(SsoSetupRejectedException.class, SsoSetupRejectedException.Part.class,
                SsoAdminController::field);
    }

    private FormPage form(SsoProvider provider, ProviderForm form) {
        return FormPage.lazy(FORM_VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("provider", provider);
            // Never sent back to the browser, not even after a failed save.
            model.put("form", form.withoutSecret());
            model.put("partners", setup.partners());
            // A new provider's company is chosen on the form: its domains are offered once it is saved.
            model.put("choices", provider == null ? null
                    : setup.domainChoices(provider.partnerId(), provider.id(), form.domains()));
            model.put("redirectUri", baseUrl + SsoFlow.CALLBACK);
            model.put("postLogoutUri", baseUrl + "/");
            model.put("backChannelLogoutUri", baseUrl + BackChannelLogoutController.PATH);
            return model;
        }).fields(SsoSetupRejectedException.class, SsoSetupRejectedException.Part.class,
                SsoAdminController::field);
    }

    static String field(SsoSetupRejectedException.Part part) {
        return switch (part) {
            case ISSUER -> "issuer";
            case CLIENT_ID -> "clientId";
            case DOMAINS -> "domains";
            case CLIENT_SECRET -> "clientSecret";
            case PARTNER -> "partnerId";
            case DOMAIN -> "domain";
        };
    }
}
