package io.partneracademy.tiers;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.assignments.AssignedWork;
import io.partneracademy.assignments.AssignmentRejectedException;
import io.partneracademy.live.LiveAttendance;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Formats;
import io.partneracademy.web.Language;
import io.partneracademy.web.PersonalSettings;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Pagination;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Partner tiers: the portfolio view with each partner's eligible tier and why, CSV export, ARR and referrals. */
@Controller("/tiers")
@Secured({Role.Names.ADMIN, Role.Names.PARTNER_MANAGER, Role.Names.PARTNER_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class TierController {

    static final String VIEW = "tiers/portfolio";
    static final String TEAM_VIEW = "tiers/team";
    /** Partners per page: an admin's portfolio is every partner. */
    static final int PAGE_SIZE = 50;

    private final TierDashboard dashboard;
    private final PartnerMetrics metrics;
    private final PartnerTeam team;
    private final MetricsImport imports;
    private final TierHistory history;
    private final RenewalCampaigns campaigns;
    private final AssignedWork assigned;
    private final Forms forms;
    private final LiveAttendance liveAttendance;
    private final MessageSource messages;
    private final LocaleResolver<HttpRequest<?>> locales;

    TierController(TierDashboard dashboard, PartnerMetrics metrics, PartnerTeam team, MetricsImport imports,
                   TierHistory history, RenewalCampaigns campaigns, AssignedWork assigned, Forms forms,
                   LiveAttendance liveAttendance, MessageSource messages,
                   LocaleResolver<HttpRequest<?>> locales) {
        this.liveAttendance = liveAttendance;
        this.messages = messages;
        this.locales = locales;
        this.forms = forms;
        this.history = history;
        this.campaigns = campaigns;
        this.assigned = assigned;
        this.dashboard = dashboard;
        this.metrics = metrics;
        this.team = team;
        this.imports = imports;
    }

    @Serdeable
    record ImportForm(@Nullable String csv) {
    }

    @Serdeable
    record MetricsForm(@Nullable String arr, @Nullable String referrals) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> portfolio(@Nullable @QueryValue Integer imported, @Nullable @QueryValue String page,
                              Authentication authentication, HttpRequest<?> request) {
        Map<String, Object> extra = new HashMap<>();
        if (imported != null) {
            extra.put("imported", imported);
        }
        extra.put("page", page);
        return page(HttpStatus.OK, CurrentUser.from(authentication), null, extra, locales.resolveOrDefault(request));
    }

    @Post(value = "/metrics/import", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> importMetrics(@Body ImportForm form, Authentication authentication, HttpRequest<?> request) {
        CurrentUser viewer = CurrentUser.from(authentication);
        try {
            return Views.seeOther("/tiers?imported=" + imports.importCsv(viewer, form.csv()));
        } catch (MetricsImportException e) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, viewer, null,
                    Map.of("importErrors", e.errors(), "csv", form.csv() == null ? "" : form.csv()),
                    locales.resolveOrDefault(request));
        }
    }

    @Get("/export.csv")
    @Produces("text/csv")
    HttpResponse<String> csv(Authentication authentication, HttpRequest<?> request) {
        // the explanation column in the downloader's language, as on the page; column names stay as they were
        return HttpResponse.ok(TierCsv.write(dashboard.portfolio(CurrentUser.from(authentication),
                        locales.resolveOrDefault(request))))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partner-tiers.csv\"")
                .contentType("text/csv; charset=utf-8");
    }

    @Get("/partners/{id}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> team(@PathVariable long id, @Nullable @QueryValue String asOf, Authentication authentication,
                         HttpRequest<?> request) {
        CurrentUser viewer = CurrentUser.from(authentication);
        Locale reader = locales.resolveOrDefault(request);
        Map<String, Object> model = teamModel(viewer, id, reader);
        model.put("asOf", asOf == null ? "" : asOf);
        if (asOf != null && !asOf.isBlank()) {
            java.time.LocalDate date = date(asOf);
            forms.check(FormPage.of(TEAM_VIEW, model), errors -> {
                if (date == null) {
                    errors.add("asOf", "team.as-of-invalid");
                }
            });
            model.put("asOfPeriod", history.asOf(viewer, id, date, reader).orElse(null));
            model.put("asOfAsked", true);
        }
        return Views.render(HttpStatus.OK, TEAM_VIEW, model);
    }

    @Post(value = "/partners/{id}/campaign", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> campaign(@PathVariable long id, Authentication authentication, HttpRequest<?> request) {
        CurrentUser viewer = CurrentUser.from(authentication);
        Locale reader = locales.resolveOrDefault(request);
        // The campaign button is the form: every problem with what it would assign is shown beside it.
        forms.expect(FormPage.lazy(TEAM_VIEW, () -> teamModel(viewer, id, reader))
                .fields(AssignmentRejectedException.class, AssignmentRejectedException.Part.class, part -> "campaign"));
        campaigns.start(viewer, id);
        return Views.seeOther("/tiers/partners/" + id + "#forecast");
    }

    /** The team page's model; assigned work, the tier explanation and what the next tier needs in the reader's language. */
    private Map<String, Object> teamModel(CurrentUser viewer, long id, Locale reader) {
        Map<String, Object> model = new HashMap<>();
        PartnerTeam.View view = team.view(viewer, id, reader);
        model.put("view", view);
        model.put("live", liveAttendance.team(view.members().stream().map(PartnerTeam.Member::userId).toList()));
        model.put("history", history.recent(viewer, id));
        model.put("assignments", assigned.forPartner(viewer, id, reader));
        model.put("campaign", assigned.latestCampaign(viewer, id, reader).orElse(null));
        return model;
    }

    @Get("/partners/{id}/people.csv")
    @Produces("text/csv")
    HttpResponse<String> teamCsv(@PathVariable long id, Authentication authentication, HttpRequest<?> request) {
        Locale locale = Language.of(locales.resolveOrDefault(request).getLanguage()).orElse(Language.DEFAULT).locale();
        PartnerTeam.View view = team.view(CurrentUser.from(authentication), id, locale);
        return HttpResponse.ok(TeamCsv.write(view,
                        liveAttendance.team(view.members().stream().map(PartnerTeam.Member::userId).toList()),
                        messages, Formats.of(locale, PersonalSettings.zone(request))))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partner-" + id + "-people.csv\"")
                .contentType("text/csv; charset=utf-8");
    }

    @Post(value = "/partners/{id}/metrics", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> record(@PathVariable long id, @Body MetricsForm form, Authentication authentication,
                           HttpRequest<?> request) {
        CurrentUser viewer = CurrentUser.from(authentication);
        Locale reader = locales.resolveOrDefault(request);
        forms.expect(FormPage.lazy(VIEW, () -> portfolioModel(viewer, id, Map.of(), reader))
                .fields(MetricsRejectedException.class, MetricsRejectedException.Part.class,
                        part -> part == MetricsRejectedException.Part.ARR ? "arr" : "referrals"));
        metrics.record(viewer, id, form.arr(), form.referrals());
        return Views.seeOther("/tiers#partner-" + id);
    }

    @Nullable
    private static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private HttpResponse<?> page(HttpStatus status, CurrentUser viewer, @Nullable Long failed,
                                 Map<String, Object> extra, Locale reader) {
        return Views.render(status, VIEW, portfolioModel(viewer, failed, extra, reader));
    }

    private Map<String, Object> portfolioModel(CurrentUser viewer, @Nullable Long failed, Map<String, Object> extra,
                                               Locale reader) {
        Map<String, Object> model = new HashMap<>(extra);
        List<TierDashboard.Line> lines = dashboard.portfolio(viewer, reader);
        Pagination pagination = Pagination.of((String) extra.get("page"), lines.size(), PAGE_SIZE);
        List<TierDashboard.Line> page = pagination.slice(lines);
        List<TierDashboard.Threshold> thresholds = dashboard.thresholds();
        model.put("lines", page);
        model.put("thresholds", thresholds);
        model.put("chartMax", 1 + Math.max(thresholds.stream().mapToInt(TierDashboard.Threshold::minCertified).max()
                .orElse(0), page.stream().mapToInt(l -> l.counts().certified()).max().orElse(0)));
        model.put("total", lines.size());
        model.put("pages", pagination.links(n -> "/tiers?page=" + n));
        model.put("canRecord", viewer.has(Role.ADMIN) || viewer.has(Role.PARTNER_MANAGER));
        model.put("failed", failed == null ? -1L : failed);
        return model;
    }
}
