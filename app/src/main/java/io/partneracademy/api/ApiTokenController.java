package io.partneracademy.api;

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
import io.swagger.v3.oas.annotations.Hidden;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Partners;
import io.partneracademy.web.Flash;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The page where admins and partner admins create, see and revoke API tokens. */
@Hidden
@Controller(ApiTokenController.PATH)
@Secured({Role.Names.ADMIN, Role.Names.PARTNER_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class ApiTokenController {

    static final String PATH = "/api-tokens";
    static final String VIEW = "api/tokens";

    private final ApiTokens tokens;
    private final Partners partners;
    private final Forms forms;

    ApiTokenController(ApiTokens tokens, Partners partners, Forms forms) {
        this.tokens = tokens;
        this.partners = partners;
        this.forms = forms;
    }

    @Get
    HttpResponse<?> list(Authentication authentication) {
        return page(CurrentUser.from(authentication), ApiTokenForm.empty(), null).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body ApiTokenForm form, Authentication authentication) {
        CurrentUser me = CurrentUser.from(authentication);
        forms.check(page(me, form, null).fields(ApiTokenRejectedException.class, ApiTokenRejectedException.Part.class,
                part -> part == ApiTokenRejectedException.Part.PARTNER ? "partnerId" : "scopes"), form);
        // The secret is shown in this answer and never again: it must not travel in a redirect or a cookie.
        ApiTokens.Created created = tokens.create(me, form);
        return page(me, ApiTokenForm.empty(), created).render(HttpStatus.CREATED);
    }

    @Post(value = "/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(@PathVariable long id, Authentication authentication) {
        tokens.revoke(CurrentUser.from(authentication), id);
        return Views.seeOther(PATH, Flash.of("flash.api-token-revoked"));
    }

    private FormPage page(CurrentUser me, ApiTokenForm form, ApiTokens.Created created) {
        return FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("tokens", tokens.list(me));
            model.put("form", form);
            model.put("scopes", ApiTokens.allScopes());
            model.put("partners", me.has(Role.ADMIN) ? partners.list() : List.of());
            model.put("admin", me.has(Role.ADMIN));
            if (created != null) {
                model.put("created", created);
            }
            return model;
        });
    }
}
