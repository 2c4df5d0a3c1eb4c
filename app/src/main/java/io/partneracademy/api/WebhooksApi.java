package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.webhooks.WebhookEvent;
import io.partneracademy.webhooks.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Webhook subscriptions, their delivery log and manual redelivery. */
@Controller(ApiPaths.V1 + "/webhooks")
@Secured(SecurityRule.IS_ANONYMOUS) // ApiTokenFilter authenticates every request under /api/v1 by its token
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks")
@SerdeImport(Webhooks.Subscription.class)
@SerdeImport(Webhooks.Delivery.class)
@SerdeImport(Webhooks.Attempt.class)
class WebhooksApi {

    private final Webhooks webhooks;
    private final ApiScoping scoping;

    WebhooksApi(Webhooks webhooks, ApiScoping scoping) {
        this.webhooks = webhooks;
        this.scoping = scoping;
    }

    /**
     * A new subscription.
     *
     * @param url       where to POST events (https; private, loopback and link-local addresses are refused)
     * @param events    event names, e.g. certification.issued, tier.changed
     * @param partnerId limit to one partner (admin tokens); a partner's token is always limited to its partner
     */
    @Serdeable
    record NewSubscription(@NotBlank @Size(max = 2000) String url, @NotEmpty List<String> events,
                           @Nullable Long partnerId) {
    }

    @Post
    @ApiProblems.Always
    @ApiProblems.Invalid
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Subscribe a URL to events",
            description = "Needs webhooks:write. Messages are signed per Standard Webhooks (webhook-id, "
                    + "webhook-timestamp, webhook-signature) with the returned secret.")
    Webhooks.Subscription subscribe(@Parameter(hidden = true) ApiClient client, @Valid @Body NewSubscription body) {
        client.requireWrite(ApiResource.WEBHOOKS);
        Long partner = scoping.partnerFor(client, body.partnerId());
        return webhooks.subscribe(client.actingAs().id(), partner, body.url(), body.events());
    }

    @Get
    @ApiProblems.Always
    @Operation(summary = "Subscriptions", description = "Needs webhooks:read.")
    List<Webhooks.Subscription> list(@Parameter(hidden = true) ApiClient client) {
        client.requireRead(ApiResource.WEBHOOKS);
        return webhooks.list(client.partnerId());
    }

    @Get("/events")
    @ApiProblems.Always
    @Operation(summary = "The event names a subscription can ask for", description = "Needs webhooks:read.")
    List<String> events(@Parameter(hidden = true) ApiClient client) {
        client.requireRead(ApiResource.WEBHOOKS);
        return WebhookEvent.names();
    }

    @Get("/{id}")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @Operation(summary = "One subscription", description = "Needs webhooks:read.")
    Webhooks.Subscription get(@Parameter(hidden = true) ApiClient client, @PathVariable long id) {
        client.requireRead(ApiResource.WEBHOOKS);
        return webhooks.get(client.partnerId(), id);
    }

    @Delete("/{id}")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @Operation(summary = "Delete a subscription and its log", description = "Needs webhooks:write.")
    @Status(HttpStatus.NO_CONTENT)
    void delete(@Parameter(hidden = true) ApiClient client, @PathVariable long id) {
        client.requireWrite(ApiResource.WEBHOOKS);
        webhooks.delete(client.partnerId(), id);
    }

    @Post("/{id}/enable")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @Operation(summary = "Enable a subscription disabled after days of failures", description = "Needs webhooks:write.")
    Webhooks.Subscription enable(@Parameter(hidden = true) ApiClient client, @PathVariable long id) {
        client.requireWrite(ApiResource.WEBHOOKS);
        return webhooks.enable(client.partnerId(), id);
    }

    @Get("/{id}/deliveries")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @Operation(summary = "The delivery log: latest messages with every attempt's status code and answer (cut short)",
            description = "Needs webhooks:read.")
    List<Webhooks.Delivery> deliveries(@Parameter(hidden = true) ApiClient client, @PathVariable long id,
                                       @Parameter(description = "messages, 1 to 200 (default 50)")
                                       @Nullable @io.micronaut.http.annotation.QueryValue Integer limit) {
        client.requireRead(ApiResource.WEBHOOKS);
        return webhooks.deliveries(client.partnerId(), id, scoping.limit(limit));
    }

    @Post("/{id}/deliveries/{msgId}/redeliver")
    @ApiProblems.Always
    @ApiProblems.NotFound
    @Operation(summary = "Send a message again now, with the same webhook-id", description = "Needs webhooks:write.")
    Webhooks.Delivery redeliver(@Parameter(hidden = true) ApiClient client, @PathVariable long id,
                                @PathVariable String msgId) {
        client.requireWrite(ApiResource.WEBHOOKS);
        return webhooks.redeliver(client.partnerId(), id, msgId);
    }
}
