package io.partneracademy.webhooks;

import io.micronaut.transaction.annotation.Transactional;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.notifications.RecipientTexts;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The delivery job's short transactions: claiming due messages with a lease, and recording each outcome. */
@Singleton
class WebhookLedger {

    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10));
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int CANDIDATES_PER_CLAIM = 4;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookLedger.class);

    private final WebhookMessageRepository messages;
    private final WebhookAttemptRepository attempts;
    private final WebhookRepository subscriptions;
    private final Notifications notifications;
    private final WebhookSettings settings;
    private final Clock clock;
    private final RecipientTexts texts;

    WebhookLedger(WebhookMessageRepository messages, WebhookAttemptRepository attempts,
                  WebhookRepository subscriptions, Notifications notifications, WebhookSettings settings,
                  Clock clock, RecipientTexts texts) {
        this.texts = texts;
        this.messages = messages;
        this.attempts = attempts;
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Claims up to a batch of due messages and leases them. Two steps, as in the outbox: one locking read through
     * the (status, next_attempt_at) index took next-key locks on that index, and moving next_attempt_at (the lease)
     * inserts into the same index, so claims on several nodes deadlocked (seen in the three-node CI run). The
     * candidates are read without locks (more than a batch, so that other nodes holding the first ones still find
     * work), then locked by primary key with SKIP LOCKED and checked again.
     */
    @Transactional
    List<WebhookMessageRow> claim() {
        Instant now = clock.instant();
        List<Long> candidates = messages.due(now, settings.batch() * CANDIDATES_PER_CLAIM);
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<WebhookMessageRow> due = messages.lockDue(candidates, now, settings.batch());
        due.forEach(m -> messages.nextAttemptAt(m.id(), now.plus(LEASE)));
        return due;
    }

    /** Parks a claimed message whose subscription turned out to be disabled (see {@link WebhookMessageRepository#park}). */
    @Transactional
    void park(WebhookMessageRow message) {
        messages.park(message.id());
    }

    @Transactional
    void record(WebhookMessageRow message, WebhookSubscriptionRow subscription, WebhookSender.Outcome outcome) {
        Instant now = clock.instant();
        attempts.save(new WebhookAttemptRow(null, message.id(), now, outcome.status(), outcome.body(),
                outcome.error() == null ? null : outcome.error().substring(0, Math.min(500, outcome.error().length())),
                outcome.durationMs()));
        if (outcome.delivered()) {
            messages.attempted(message.id(), DeliveryStatus.DELIVERED, null, now);
            subscriptions.succeeded(subscription.id());
            return;
        }
        int failures = message.attempts() + 1;
        boolean retry = failures <= BACKOFF.size();
        messages.attempted(message.id(), retry ? DeliveryStatus.PENDING : DeliveryStatus.FAILED,
                retry ? now.plus(BACKOFF.get(failures - 1)) : null, null);
        subscriptions.failing(subscription.id(), now);
        if (subscriptions.disableIfFailingSince(subscription.id(), now.minus(settings.disableAfter()), now) == 1) {
            messages.parkAll(subscription.id());
            LOG.warn("Webhook subscription {} to {} disabled after failing since before {}", subscription.id(),
                    subscription.url(), now.minus(settings.disableAfter()));
            RecipientTexts.Text t = texts.of(subscription.createdBy());
            notifications.send(subscription.createdBy(), "webhook-disabled",
                    t.get("webhooks.notice.disabled.subject", subscription.url()),
                    t.get("webhooks.notice.disabled.body", subscription.url(), settings.disableAfter().toDays(),
                            "POST /api/v1/webhooks/" + subscription.id() + "/enable"),
                    null, "webhook-disabled:" + subscription.id() + ":" + now);
        }
    }
}
