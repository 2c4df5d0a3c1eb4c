package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.partneracademy.live.LiveRecords;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** Live sessions as integrations sync them: the sessions, each person's seat at a session and their attendance. */
@Controller(ApiPaths.V1 + "/live")
@Secured(SecurityRule.IS_ANONYMOUS) // ApiTokenFilter authenticates every request under /api/v1 by its token
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "live")
@SerdeImport(LiveRecords.Seat.class)
@SerdeImport(LiveRecords.Session.class)
@SerdeImport(LiveRecords.When.class)
@SerdeImport(LiveRecords.For.class)
@SerdeImport(LiveRecords.Seats.class)
class LiveApi {

    private final LiveRecords records;
    private final People people;
    private final Partners partners;
    private final ApiScoping scoping;

    LiveApi(LiveRecords records, People people, Partners partners, ApiScoping scoping) {
        this.records = records;
        this.people = people;
        this.partners = partners;
        this.scoping = scoping;
    }

    @Get("/sessions")
    @Operation(summary = "Live sessions, oldest change first",
            description = "Needs live:read. Sessions open to the partner's people (a token limited to a partner, or "
                    + "partner_id); an admin's all-partner token without partner_id sees every session. Seat counts "
                    + "are as of the read; changedAt is the session's last change: its own (times, audience, "
                    + "cancellation) or a registration, cancellation or promotion that moved its seat counts. "
                    + "The join link is never included.")
    @ApiProblems.Always
    @ApiProblems.BadParameter
    @ApiProblems.NotFound
    ApiPage<LiveRecords.Session> sessions(@Parameter(hidden = true) ApiClient client,
                                          @Parameter(description = "ISO-8601 instant; only sessions changed at or after it")
                                          @Nullable @QueryValue("updated_since") String updatedSince,
                                          @Parameter(description = "nextCursor of the previous page")
                                          @Nullable @QueryValue String cursor,
                                          @Parameter(description = "items per page, 1 to 200 (default 50)")
                                          @Nullable @QueryValue Integer limit,
                                          @Parameter(description = "only sessions open to this partner's people")
                                          @Nullable @QueryValue("partner_id") Long partnerId) {
        return page(client, partnerId, limit, cursor, updatedSince, (partner, after, rows) ->
                        records.sessionsChangedAfter(partner == null ? null : partners.get(partner), after.at(),
                                after.id(), rows),
                last -> new SyncCursor(last.changedAt(), last.id()));
    }

    @Get("/attendance")
    @Operation(summary = "Registrations for live sessions and attendance, oldest change first",
            description = "Needs live:read. A partner's current people only (a token limited to a partner, or "
                    + "partner_id); an admin's all-partner token without partner_id sees everyone's.")
    @ApiProblems.Always
    @ApiProblems.BadParameter
    @ApiProblems.NotFound
    ApiPage<LiveRecords.Seat> attendance(@Parameter(hidden = true) ApiClient client,
                                         @Parameter(description = "ISO-8601 instant; only seats changed at or after it")
                                         @Nullable @QueryValue("updated_since") String updatedSince,
                                         @Parameter(description = "nextCursor of the previous page")
                                         @Nullable @QueryValue String cursor,
                                         @Parameter(description = "items per page, 1 to 200 (default 50)")
                                         @Nullable @QueryValue Integer limit,
                                         @Parameter(description = "only this partner's current people")
                                         @Nullable @QueryValue("partner_id") Long partnerId) {
        return page(client, partnerId, limit, cursor, updatedSince, (partner, after, rows) ->
                        records.changedAfter(partner == null ? null : people.staff(client.actingAs(), partner).stream()
                                .map(p -> p.user().id()).toList(), after.at(), after.id(), rows),
                last -> new SyncCursor(last.changedAt(), last.registrationId()));
    }

    /** Reads rows changed after a cursor, for a partner's people or (null) everyone's. */
    private interface Rows<R> {
        List<R> read(@Nullable Long partner, SyncCursor after, int rows);
    }

    /**
     * The one way both lists answer: live:read, the token's or requested partner, the page size and the cursor are
     * checked in that order (so each error is the same on both), then rows are read one past the page.
     */
    private <R> ApiPage<R> page(ApiClient client, @Nullable Long partnerId, @Nullable Integer limit,
                                @Nullable String cursor, @Nullable String updatedSince, Rows<R> rows,
                                java.util.function.Function<R, SyncCursor> cursorOf) {
        client.requireRead(ApiResource.LIVE);
        Long partner = scoping.partnerFor(client, partnerId);
        int size = scoping.limit(limit);
        SyncCursor after = SyncCursor.from(cursor, updatedSince);
        return ApiPage.of(rows.read(partner, after, size + 1), size, row -> row, cursorOf);
    }
}
