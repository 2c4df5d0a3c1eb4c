package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpHeaders;
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
import io.partneracademy.web.FieldErrors;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Language;
import io.partneracademy.web.PersonalSettings;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Map;

/**
 * The trail of single sign-on changes page by page, with filters and a CSV download: every company's for admins
 * ({@code /admin/sso/changes}), one company's for its partner admin ({@code /partners/{id}/sso/changes}).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SsoTrailController {

    static final String ADMIN = "/admin/sso/changes";
    static final String COMPANY = "/partners/{id}/sso/changes";
    static final String VIEW = "sso/changes";

    private final SsoTrail trail;
    private final SsoSetup setup;
    private final CompanySso companies;
    private final Forms forms;
    private final LocaleResolver<HttpRequest<?>> locales;

    SsoTrailController(SsoTrail trail, SsoSetup setup, CompanySso companies, Forms forms,
                       LocaleResolver<HttpRequest<?>> locales) {
        this.trail = trail;
        this.setup = setup;
        this.companies = companies;
        this.forms = forms;
        this.locales = locales;
    }

    @Get(ADMIN)
    @Secured(Role.Names.ADMIN)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> all(HttpRequest<?> request) {
        return show(null, TrailQuery.of(request), request);
    }

    @Get(ADMIN + ".csv")
    @Secured(Role.Names.ADMIN)
    @Produces({"text/csv", MediaType.TEXT_HTML})
    HttpResponse<?> allCsv(HttpRequest<?> request) {
        return csv(null, TrailQuery.of(request), request, "sso-changes.csv");
    }

    @Get(COMPANY)
    @Secured({Role.Names.ADMIN, Role.Names.PARTNER_ADMIN})
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> company(@PathVariable long id, Authentication authentication,
                            HttpRequest<?> request) {
        return show(companies.company(CurrentUser.from(authentication), id), TrailQuery.of(request), request);
    }

    @Get(COMPANY + ".csv")
    @Secured({Role.Names.ADMIN, Role.Names.PARTNER_ADMIN})
    @Produces({"text/csv", MediaType.TEXT_HTML})
    HttpResponse<?> companyCsv(@PathVariable long id, Authentication authentication,
                               HttpRequest<?> request) {
        Partner company = companies.company(CurrentUser.from(authentication), id);
        return csv(company, TrailQuery.of(request), request, "sso-changes-" + company.id() + ".csv");
    }

    private HttpResponse<?> show(@Nullable Partner company, TrailQuery query, HttpRequest<?> request) {
        SsoTrail.Filter filter = filter(company, query, request);
        SsoTrail.Page page = trail.page(filter, query.cursor());
        Map<String, Object> model = model(company, query);
        model.put("changes", page.lines());
        String base = company == null ? ADMIN : "/partners/" + company.id() + "/sso/changes";
        model.put("newestUrl", query.cursor() == null ? null : base + query.filterQuery());
        model.put("olderUrl", page.older() == null ? null : base + query.olderQuery(page.older()));
        model.put("csvUrl", base + ".csv" + query.filterQuery());
        return Views.render(HttpStatus.OK, VIEW, model);
    }

    private HttpResponse<?> csv(@Nullable Partner company, TrailQuery query, HttpRequest<?> request, String file) {
        SsoTrail.Filter filter = filter(company, query, request);
        java.util.Locale locale = Language.of(locales.resolveOrDefault(request).getLanguage())
                .orElse(Language.DEFAULT).locale();
        return HttpResponse.ok(trail.csv(filter, locale))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .contentType("text/csv; charset=utf-8");
    }

    /** The filter the query asks for; a bad value is shown at its field on the page (400), nothing else is read. */
    private SsoTrail.Filter filter(@Nullable Partner company, TrailQuery query, HttpRequest<?> request) {
        forms.check(FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = model(company, query);
            model.put("changes", java.util.List.of());
            return model;
        }).invalidStatus(HttpStatus.BAD_REQUEST), errors -> check(query, errors));
        Long partnerId = company != null ? Long.valueOf(company.id()) : query.partnerId();
        return new SsoTrail.Filter(partnerId, query.outcomeValue(), query.fromDate(), query.toDate(),
                PersonalSettings.zone(request));
    }

    /** Each value that cannot be read, at its field; dates in the wrong order at the last day. */
    private static void check(TrailQuery query, FieldErrors errors) {
        if (!query.partner().isEmpty() && query.partnerId() == null) {
            errors.add("partner", "sso.trail.partner-invalid");
        }
        if (query.outcomeOrNull() == null) {
            errors.add("outcome", "sso.trail.outcome-invalid");
        }
        if (!query.from().isEmpty() && query.fromDate() == null) {
            errors.add("from", "sso.trail.date-invalid");
        }
        if (!query.to().isEmpty() && query.toDate() == null) {
            errors.add("to", "sso.trail.date-invalid");
        }
        if (query.fromDate() != null && query.toDate() != null && query.toDate().isBefore(query.fromDate())) {
            errors.add("to", "sso.trail.dates-reversed");
        }
        if (!query.before().isEmpty() && query.cursor() == null) {
            errors.alert("sso.trail.cursor-invalid");
        }
    }

    private Map<String, Object> model(@Nullable Partner company, TrailQuery query) {
        Map<String, Object> model = new HashMap<>();
        model.put("company", company);
        model.put("partners", company == null ? setup.partners() : java.util.List.of());
        model.put("query", query);
        model.put("backUrl", company == null ? SsoAdminController.PATH : "/partners/" + company.id() + "/sso");
        return model;
    }
}
