package io.partneracademy.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.partneracademy.web.NotFoundException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Webhook subscriptions and their delivery log. Every method takes the partner the caller is limited to (null:
 * all partners); a subscription of another partner is not found.
 */
@Singleton
public class Webhooks {

    private final WebhookRepository subscriptions;
    private final WebhookMessageRepository messages;
    private final WebhookAttemptRepository attempts;
    private final DestinationGuard guard;
    private final Clock clock;

    Webhooks(WebhookRepository subscriptions, WebhookMessageRepository messages, WebhookAttemptRepository attempts,
             DestinationGuard guard, Clock clock) {
        this.subscriptions = subscriptions;
        this.messages = messages;
        this.attempts = attempts;
        this.guard = guard;
        this.clock = clock;
    }

    /** A subscription as its owner sees it; the secret is included so the receiver can be configured. */
    public record Subscription(long id, String url, List<String> events, @Nullable Long partnerId, boolean enabled,
                               String secret, Instant createdAt, @Nullable Instant failingSince,
                               @Nullable Instant disabledAt) {
    }

    /**
     * One message with its attempts, newest first in lists. {@code parked}: the message is {@code PENDING} with no
     * next try because its subscription is disabled; it is sent once the subscription is enabled again.
     */
    public record Delivery(String msgId, String eventType, DeliveryStatus status, int attempts, Instant createdAt,
                           @Nullable Instant nextAttemptAt, @Nullable Instant deliveredAt, List<Attempt> log,
                           boolean parked) {
    }

    /** One attempt: the receiver's status and the start of its answer, or the error. */
    public record Attempt(Instant at, @Nullable Integer status, @Nullable String body, @Nullable String error,
                          int durationMs) {
    }

    /** Subscribes a URL (checked against SSRF now and before every delivery) to events; 422 for a bad one. */
    @Transactional
    public Subscription subscribe(long ownerId, @Nullable Long partnerId, String url, List<String> events) {
        Set<String> wanted = new LinkedHashSet<>(events == null ? List.of() : events);
        if (wanted.isEmpty() || !WebhookEvent.names().containsAll(wanted)) {
            throw new WebhookDestinationRefusedException("webhooks.events-invalid", String.join(", ",
                    WebhookEvent.names()));
        }
        guard.check(url);
        WebhookSubscriptionRow row = subscriptions.save(new WebhookSubscriptionRow(null, url.strip(),
                String.join(" ", wanted), WebhookSignature.newSecret(), ownerId, partnerId, clock.instant(), true,
                null, null));
        return view(row);
    }

    public List<Subscription> list(@Nullable Long scope) {
        return subscriptions.list(scope).stream().map(Webhooks::view).toList();
    }

    public Subscription get(@Nullable Long scope, long id) {
        return view(find(scope, id));
    }

    @Transactional
    public void delete(@Nullable Long scope, long id) {
        subscriptions.delete(find(scope, id).id());
    }

    /** Enables a disabled subscription again; what waited is delivered from now on. */
    @Transactional
    public Subscription enable(@Nullable Long scope, long id) {
        WebhookSubscriptionRow row = find(scope, id);
        guard.check(row.url());
        subscriptions.enable(row.id());
        messages.unpark(row.id(), clock.instant());
        return view(subscriptions.findById(row.id()).orElseThrow());
    }

    /** The latest messages with every attempt. */
    public List<Delivery> deliveries(@Nullable Long scope, long id, int limit) {
        find(scope, id);
        return messages.recent(id, limit).stream().map(this::delivery).toList();
    }

    /** Sends a message again at once, whatever its state; the webhook-id stays the same. */
    @Transactional
    public Delivery redeliver(@Nullable Long scope, long id, String msgId) {
        find(scope, id);
        WebhookMessageRow message = messages.findByMsgId(msgId).filter(m -> m.subscriptionId() == id)
                .orElseThrow(() -> new WebhookNotFoundException(msgId));
        messages.redeliver(message.id(), clock.instant());
        return delivery(messages.findById(message.id()).orElseThrow());
    }

    private WebhookSubscriptionRow find(@Nullable Long scope, long id) {
        return subscriptions.findById(id).filter(s -> scope == null || Objects.equals(scope, s.partnerId()))
                .orElseThrow(() -> new WebhookNotFoundException(id));
    }

    private Delivery delivery(WebhookMessageRow m) {
        return new Delivery(m.msgId(), m.eventType(), m.status(), m.attempts(), m.createdAt(), m.nextAttemptAt(),
                m.deliveredAt(), attempts.findByMessageIdOrderById(m.id()).stream()
                .map(a -> new Attempt(a.attemptedAt(), a.responseStatus(), a.responseBody(), a.error(), a.durationMs()))
                .toList(), m.status() == DeliveryStatus.PENDING && m.nextAttemptAt() == null);
    }

    private static Subscription view(WebhookSubscriptionRow r) {
        return new Subscription(r.id(), r.url(), List.of(r.events().split(" ")), r.partnerId(), r.enabled(),
                r.secret(), r.createdAt(), r.failingSince(), r.disabledAt());
    }

    /** No such subscription or message for this caller. */
    static class WebhookNotFoundException extends NotFoundException {
        WebhookNotFoundException(Object id) {
            super("webhooks.not-found", id);
        }
    }
}
