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
import io.partneracademy.certification.CertificationFeed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** Certifications for CRMs: a sync in the order they changed, by partner or person. */
@Controller(ApiPaths.V1 + "/certifications")
@Secured(SecurityRule.IS_ANONYMOUS) // ApiTokenFilter authenticates every request under /api/v1 by its token
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certifications")
class CertificationsApi {

    private final CertificationFeed feed;
    private final ApiScoping scoping;

    CertificationsApi(CertificationFeed feed, ApiScoping scoping) {
        this.feed = feed;
        this.scoping = scoping;
    }

    @Get
    @ApiProblems.Always
    @ApiProblems.BadParameter
    @ApiProblems.NotFound
    @Operation(summary = "Certifications, oldest change first",
            description = "Needs certifications:read. Start with updated_since (or nothing), then pass nextCursor "
                    + "as cursor until it is null. A token limited to a partner sees that partner's current people.")
    ApiPage<ApiCertification> list(@Parameter(hidden = true) ApiClient client,
                                   @Parameter(description = "ISO-8601 instant; only certifications changed at or after it")
                                   @Nullable @QueryValue("updated_since") String updatedSince,
                                   @Parameter(description = "nextCursor of the previous page")
                                   @Nullable @QueryValue String cursor,
                                   @Parameter(description = "items per page, 1 to 200 (default 50)")
                                   @Nullable @QueryValue Integer limit,
                                   @Parameter(description = "only this partner's current people")
                                   @Nullable @QueryValue("partner_id") Long partnerId,
                                   @Parameter(description = "only this person's certifications")
                                   @Nullable @QueryValue("person_id") Long personId) {
        client.requireRead(ApiResource.CERTIFICATIONS);
        Long partner = scoping.partnerFor(client, partnerId);
        if (personId != null) {
            scoping.requirePerson(client, personId);
        }
        int size = scoping.limit(limit);
        SyncCursor after = SyncCursor.from(cursor, updatedSince);
        List<CertificationFeed.Item> items = feed.changedAfter(partner, personId, after.at(), after.id(), size + 1);
        return page(items, size);
    }

    private static ApiPage<ApiCertification> page(List<CertificationFeed.Item> items, int size) {
        return ApiPage.of(items, size, ApiCertification::of, last -> new SyncCursor(last.updatedAt(), last.id()));
    }
}
