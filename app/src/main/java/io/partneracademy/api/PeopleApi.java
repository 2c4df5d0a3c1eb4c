package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.InvitationLink;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.catalog.PathEnrolments;
import io.partneracademy.partners.People;
import io.partneracademy.partners.PersonForm;
import io.partneracademy.partners.StaffChange;
import io.partneracademy.web.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A partner's people: the list, inviting someone, someone leaving, a move between partners, enrolments. */
@Controller(ApiPaths.V1)
@Secured(SecurityRule.IS_ANONYMOUS) // ApiTokenFilter authenticates every request under /api/v1 by its token
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
class PeopleApi {

    private final People people;
    private final Users users;
    private final PathEnrolments enrolments;
    private final Clock clock;
    private final ApiScoping scoping;

    PeopleApi(People people, Users users, PathEnrolments enrolments, Clock clock,
              ApiScoping scoping) {
        this.scoping = scoping;
        this.people = people;
        this.users = users;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    /** The invited person and the one-time link they choose a password with. */
    @Serdeable
    record Invited(long personId, String email, String invitationUrl) {
    }

    /** A move to another partner from a day on; the current employment ends the day before. */
    @Serdeable
    record Move(@NotNull Long partnerId, @NotNull LocalDate from, @Nullable String jobTitle) {
    }

    /** The path to enrol in, e.g. foundation. */
    @Serdeable
    record Enrolment(@NotBlank String pathId) {
    }

    @Get("/partners/{id}/people")
    @ApiProblems.Always
    @ApiProblems.BadParameter
    @ApiProblems.NotFound
    @Operation(summary = "The partner's people, oldest change first",
            description = "Needs people:read. Current staff by default; with status=all also those who left "
                    + "(leftOn set), so a sync with updated_since sees departures.")
    ApiPage<ApiPerson> staff(@Parameter(hidden = true) ApiClient client, @PathVariable long id,
                             @Parameter(description = "ISO-8601 instant; only people changed at or after it")
                             @Nullable @QueryValue("updated_since") String updatedSince,
                             @Parameter(description = "nextCursor of the previous page")
                             @Nullable @QueryValue String cursor,
                             @Parameter(description = "items per page, 1 to 200 (default 50)")
                             @Nullable @QueryValue Integer limit,
                             @Parameter(description = "current (default) or all")
                             @Nullable @QueryValue String status) {
        client.requireRead(ApiResource.PEOPLE);
        client.requirePartner(id);
        boolean all = status != null && !status.isBlank() && switch (status) {
            case "all" -> true;
            case "current" -> false;
            default -> throw new ApiBadRequestException("api.bad-status", status);
        };
        int size = scoping.limit(limit);
        SyncCursor after = SyncCursor.from(cursor, updatedSince);
        List<StaffChange> items = people.changedAfter(client.actingAs(), id, all, after.at(), after.id(), size + 1);
        return ApiPage.of(items, size, ApiPerson::of, last -> new SyncCursor(last.changedAt(), last.employmentId()));
    }

    @Post("/partners/{id}/people/{personId}/deactivate")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @ApiProblems.Invalid
    @Operation(summary = "Deactivate the person's account (they can no longer sign in; the history stays)",
            description = "Needs people:write.")
    @Status(HttpStatus.NO_CONTENT)
    void deactivate(@Parameter(hidden = true) ApiClient client, @PathVariable long id,
                    @PathVariable long personId) {
        client.requireWrite(ApiResource.PEOPLE);
        client.requirePartner(id);
        people.deactivate(client.actingAs(), id, personId);
    }

    @Post("/partners/{id}/people")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @ApiProblems.Invalid
    @Operation(summary = "Invite a person to the partner as a learner", description = "Needs people:write.")
    HttpResponse<Invited> invite(@Parameter(hidden = true) ApiClient client, @PathVariable long id,
                                 @Valid @Body PersonForm body) {
        client.requireWrite(ApiResource.PEOPLE);
        client.requirePartner(id);
        InvitationLink link = people.invite(client.actingAs(), id, body);
        return HttpResponse.status(HttpStatus.CREATED).body(new Invited(link.userId(), link.email(), link.url()));
    }

    @Post("/partners/{id}/people/{personId}/leave")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @Operation(summary = "The person left the partner today (the history stays)", description = "Needs people:write.")
    @Status(HttpStatus.NO_CONTENT)
    void leave(@Parameter(hidden = true) ApiClient client, @PathVariable long id,
               @PathVariable long personId) {
        client.requireWrite(ApiResource.PEOPLE);
        client.requirePartner(id);
        people.endEmployment(client.actingAs(), id, personId, LocalDate.now(clock));
    }

    @Post("/people/{personId}/employment")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @ApiProblems.Invalid
    @Operation(summary = "Record a move to another partner",
            description = "Needs people:write and an admin's token for all partners (a move crosses companies).")
    @Status(HttpStatus.NO_CONTENT)
    void move(@Parameter(hidden = true) ApiClient client, @PathVariable long personId,
              @Valid @Body Move body) {
        client.requireWrite(ApiResource.PEOPLE);
        if (client.partnerId() != null || !client.actingAs().has(Role.ADMIN)) {
            throw new ForbiddenException("api.move-needs-admin");
        }
        users.get(personId);
        people.employ(personId, body.partnerId(), body.jobTitle(), body.from());
    }

    @Get("/people/{personId}/enrolments")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @Operation(summary = "The certification paths the person is enrolled in", description = "Needs enrolments:read.")
    Set<String> enrolled(@Parameter(hidden = true) ApiClient client, @PathVariable long personId) {
        client.requireRead(ApiResource.ENROLMENTS);
        scoping.requirePerson(client, personId);
        return new TreeSet<>(enrolments.enrolledPathIds(personId));
    }

    @Post("/people/{personId}/enrolments")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @ApiProblems.Invalid
    @Operation(summary = "Enrol the person in a path and its courses they may see", description = "Needs enrolments:write.")
    HttpResponse<Set<String>> enrol(@Parameter(hidden = true) ApiClient client, @PathVariable long personId,
                                    @Valid @Body Enrolment body) {
        client.requireWrite(ApiResource.ENROLMENTS);
        scoping.requirePerson(client, personId);
        UserSummary person = users.get(personId);
        enrolments.enrol(new CurrentUser(person.id(), person.email(), person.displayName(), person.roles()),
                body.pathId());
        return HttpResponse.status(HttpStatus.CREATED).body(new TreeSet<>(enrolments.enrolledPathIds(personId)));
    }
}
