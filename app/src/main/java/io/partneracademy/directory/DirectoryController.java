package io.partneracademy.directory;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.Flash;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Map;

/** The public partner directory (no sign-in) and the page where people and partner admins opt in. */
@Controller(DirectoryController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class DirectoryController {

    static final String PATH = "/directory";
    static final String VIEW = "directory/index";
    static final String SETTINGS_VIEW = "directory/settings";

    private final Directory directory;
    private final Forms forms;
    private final LocaleResolver<HttpRequest<?>> locales;

    DirectoryController(Directory directory, Forms forms, LocaleResolver<HttpRequest<?>> locales) {
        this.locales = locales;
        this.directory = directory;
        this.forms = forms;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> index(@Nullable @QueryValue String q, @Nullable @QueryValue String tier,
                          @Nullable @QueryValue String type, @Nullable @QueryValue String region,
                          @Nullable @QueryValue String specialization, HttpRequest<?> request) {
        java.util.Locale visitor = locales.resolveOrDefault(request);
        DirectoryViews.Query query = new DirectoryViews.Query(text(q), text(tier), text(type), text(region),
                text(specialization));
        // A bad filter is a bad link rather than a typing mistake: 400, and the whole directory below the message.
        forms.expect(FormPage.lazy(VIEW, () -> model(directory.search(DirectoryViews.Query.ANY, visitor), query))
                .invalidStatus(HttpStatus.BAD_REQUEST)
                .fields(DirectoryQueryException.class, DirectoryQueryException.Part.class, part -> switch (part) {
                    case TEXT -> "q";
                    case TIER -> "tier";
                    case TYPE -> "type";
                    case SPECIALIZATION -> "specialization";
                }));
        return Views.render(HttpStatus.OK, VIEW, model(directory.search(query, visitor), null));
    }

    private static Map<String, Object> model(DirectoryViews.Page page, @Nullable DirectoryViews.Query asked) {
        Map<String, Object> model = new HashMap<>();
        model.put("tiers", Tier.values());
        model.put("types", PartnerType.values());
        model.put("page", page);
        model.put("asked", asked);
        return model;
    }

    @Get("/settings")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> settings(Authentication authentication) {
        return Views.render(HttpStatus.OK, SETTINGS_VIEW,
                Map.of("settings", directory.settings(CurrentUser.from(authentication))));
    }

    @Post(value = "/settings/person", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> name(@Body Map<String, String> form, Authentication authentication) {
        boolean named = "true".equals(form.get("named"));
        directory.name(CurrentUser.from(authentication), named);
        return Views.seeOther(PATH + "/settings",
                Flash.of(named ? "flash.directory.named" : "flash.directory.not-named"));
    }

    @Post(value = "/partners/{id}/listing", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Role.Names.ADMIN, Role.Names.PARTNER_ADMIN})
    HttpResponse<?> list(@PathVariable long id, @Body Map<String, String> form, Authentication authentication) {
        boolean listed = "true".equals(form.get("listed"));
        directory.list(CurrentUser.from(authentication), id, listed);
        return Views.seeOther(PATH + "/settings",
                Flash.of(listed ? "flash.directory.listed" : "flash.directory.unlisted"));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
