package io.partneracademy.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.LongReads;
import io.partneracademy.web.Views;

import java.util.Map;

/**
 * The program view at /program and each of its tables as CSV; who may read it is decided by {@link ProgramReport}.
 * Its reads may take longer than an ordinary request's (see {@link LongReads}).
 */
@Controller("/program")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgramController {

    static final String VIEW = "reports/program";
    static final String CSV = "text/csv";

    private final ProgramReport report;
    private final LongReads longReads;

    ProgramController(ProgramReport report, LongReads longReads) {
        this.report = report;
        this.longReads = longReads;
    }

    /** The page; JSON clients are accepted so that a refusal reaches them as a JSON problem. */
    @Get
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> page(@Nullable @QueryValue String period, @Nullable @QueryValue String tier,
                         @Nullable @QueryValue String region, Authentication authentication) {
        ProgramFilter filter = ProgramFilter.parse(period, tier, region);
        ProgramReport.Program program = longReads.run(() -> report.report(CurrentUser.from(authentication), filter));
        return Views.render(HttpStatus.OK, VIEW, Map.of("program", program, "filter", filter,
                "periods", ProgramFilter.Period.values(), "tiers", Tier.values(), "query", filter.query()));
    }

    /** Errors answer as HTML or a JSON problem, by the request's Accept, like everywhere else. */
    @Get("/{table}.csv")
    @Produces({CSV, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<String> csv(@PathVariable String table, @Nullable @QueryValue String period,
                             @Nullable @QueryValue String tier, @Nullable @QueryValue String region,
                             Authentication authentication) {
        ProgramFilter filter = ProgramFilter.parse(period, tier, region);
        Table shown = longReads.run(() -> report.table(CurrentUser.from(authentication), filter, table));
        return HttpResponse.ok(ProgramCsv.write(shown))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"program-" + shown.id() + ".csv\"")
                .contentType("text/csv; charset=utf-8");
    }
}
