package io.partneracademy.portal;

import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.web.Views;

import java.util.List;
import java.util.Map;

/**
 * The partner portal: one page per partner for its partner admin, its partner managers and admins; a partner admin
 * (who looks after one company) goes straight to theirs.
 */
@Controller(PortalController.PATH)
@Secured({Role.Names.ADMIN, Role.Names.PARTNER_MANAGER, Role.Names.PARTNER_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class PortalController {

    static final String PATH = "/portal";

    private final PartnerPortal portal;
    private final Partners partners;

    private final LocaleResolver<HttpRequest<?>> locales;

    PortalController(PartnerPortal portal, Partners partners, LocaleResolver<HttpRequest<?>> locales) {
        this.locales = locales;
        this.portal = portal;
        this.partners = partners;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> index(Authentication authentication) {
        List<Partner> mine = partners.managedBy(CurrentUser.from(authentication));
        if (mine.size() == 1) {
            return Views.seeOther(PATH + "/partners/" + mine.get(0).id());
        }
        return Views.render(HttpStatus.OK, "portal/index", Map.of("partners", mine));
    }

    @Get("/partners/{id}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> partner(@PathVariable long id, Authentication authentication, HttpRequest<?> request) {
        CurrentUser me = CurrentUser.from(authentication);
        Partner partner = partners.getManaged(me, id);
        return Views.render(HttpStatus.OK, "portal/partner", Map.of("partner", partner,
                "d", portal.of(me, id, locales.resolveOrDefault(request)), "partnerAdmin", me.has(Role.PARTNER_ADMIN)));
    }
}
