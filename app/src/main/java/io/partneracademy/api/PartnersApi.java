package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.tiers.PartnerMetrics;
import io.partneracademy.tiers.TierDashboard;
import io.partneracademy.tiers.TierHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** Partner companies: the list for a sync, one partner with its tier standing, its tier history, its numbers. */
@Controller(ApiPaths.V1 + "/partners")
@Secured(SecurityRule.IS_ANONYMOUS) // ApiTokenFilter authenticates every request under /api/v1 by its token
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "partners")
class PartnersApi {

    private final Partners partners;
    private final TierDashboard dashboard;
    private final TierHistory history;
    private final PartnerMetrics metrics;
    private final ApiScoping scoping;

    PartnersApi(Partners partners, TierDashboard dashboard, TierHistory history, PartnerMetrics metrics,
                ApiScoping scoping) {
        this.partners = partners;
        this.dashboard = dashboard;
        this.history = history;
        this.metrics = metrics;
        this.scoping = scoping;
    }

    /**
     * Revenue and referrals a partner manager records for the tier policy.
     *
     * @param arr       annual recurring revenue in dollars, e.g. 125000
     * @param referrals referrals this year
     */
    @Serdeable
    record Metrics(String arr, String referrals) {
    }

    @Get
    @ApiProblems.Always
    @ApiProblems.BadParameter
    @Operation(summary = "Partners the token may see, oldest change first", description = "Needs partners:read.")
    ApiPage<ApiPartner> list(@Parameter(hidden = true) ApiClient client,
                             @Parameter(description = "ISO-8601 instant; only partners changed at or after it")
                             @Nullable @QueryValue("updated_since") String updatedSince,
                             @Parameter(description = "nextCursor of the previous page")
                             @Nullable @QueryValue String cursor,
                             @Parameter(description = "items per page, 1 to 200 (default 50)")
                             @Nullable @QueryValue Integer limit) {
        client.requireRead(ApiResource.PARTNERS);
        int size = scoping.limit(limit);
        SyncCursor after = SyncCursor.from(cursor, updatedSince);
        Long only = scoping.partnerFor(client, null);
        // A limited token sees its one partner; an all-partner token is an admin's and pages in the database.
        List<Partner> page = only != null ? List.of(partners.getManaged(client.actingAs(), only)).stream()
                .filter(p -> p.updatedAt().isAfter(after.at()) || p.updatedAt().equals(after.at()) && p.id() > after.id())
                .toList() : partners.changedAfter(client.actingAs(), after.at(), after.id(), size + 1);
        return ApiPage.of(page, size, p -> ApiPartner.of(p, null), last -> new SyncCursor(last.updatedAt(), last.id()));
    }

    @Get("/{id}")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @Operation(summary = "One partner with its tier, eligibility and the explanation", description = "Needs partners:read.")
    ApiPartner get(@Parameter(hidden = true) ApiClient client, @PathVariable long id) {
        client.requireRead(ApiResource.PARTNERS);
        client.requirePartner(id);
        return ApiPartner.of(partners.getManaged(client.actingAs(), id), dashboard.partner(client.actingAs(), id));
    }

    @Get("/{id}/tier-history")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @Operation(summary = "The partner's tier assessments, newest first (latest 50)",
            description = "Needs tiers:read. Each assessment gives its English explanation and what the next tier up "
                    + "still needed as data (missing); missing is null, with missingUnknown THRESHOLDS_NOT_KEPT, for "
                    + "an assessment stored before 2026-12-07.")
    List<ApiTierPeriod> tierHistory(@Parameter(hidden = true) ApiClient client, @PathVariable long id) {
        client.requireRead(ApiResource.TIERS);
        client.requirePartner(id);
        return history.recent(client.actingAs(), id).stream().map(ApiTierPeriod::of).toList();
    }

    @Post("/{id}/metrics")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @ApiProblems.Invalid
    @Operation(summary = "Record ARR and referrals; the tier is reassessed at once",
            description = "Needs partners:write; the token's creator must be allowed to record them (partner managers "
                    + "and admins).")
    HttpResponse<ApiPartner> recordMetrics(@Parameter(hidden = true) ApiClient client, @PathVariable long id,
                                           @Body Metrics body) {
        client.requireWrite(ApiResource.PARTNERS);
        client.requirePartner(id);
        metrics.record(client.actingAs(), id, body.arr(), body.referrals());
        return HttpResponse.ok(get(client, id));
    }
}
