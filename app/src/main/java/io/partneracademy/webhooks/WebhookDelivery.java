package io.partneracademy.webhooks;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.List;

/**
 * Delivers due webhook messages at least once. A run claims a batch with SKIP LOCKED and leases it (next attempt
 * moved two minutes ahead) in a short transaction, sends outside any transaction, then records each outcome. A
 * failure is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (the Standard Webhooks schedule, about a
 * day in all), then the message is FAILED; a subscription failing for {@code disable-after} is disabled and its
 * owner told.
 */
@Singleton
public class WebhookDelivery {

    private final WebhookLedger ledger;
    private final WebhookRepository subscriptions;
    private final WebhookSender sender;
    private final DestinationGuard guard;

    WebhookDelivery(WebhookLedger ledger, WebhookRepository subscriptions, WebhookSender sender,
                    DestinationGuard guard) {
        this.ledger = ledger;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.guard = guard;
    }

    /** Every second (tests set a longer interval and call it themselves); returns the messages attempted. */
    @Scheduled(fixedDelay = "${partneracademy.webhooks.delivery-interval:1s}",
            initialDelay = "${partneracademy.webhooks.delivery-initial-delay:5s}")
    public int deliverDue() {
        List<WebhookMessageRow> claimed = ledger.claim();
        claimed.forEach(this::deliver);
        return claimed.size();
    }

    private void deliver(WebhookMessageRow message) {
        WebhookSubscriptionRow subscription = subscriptions.findById(message.subscriptionId()).orElse(null);
        if (subscription == null || !subscription.enabled()) {
            return; // a disabled subscription's messages wait; enabling it again delivers them
        }
        WebhookSender.Outcome outcome;
        try {
            URI url = guard.check(subscription.url());
            outcome = sender.send(url, subscription.secret(), message.msgId(), message.payload());
        } catch (WebhookDestinationRefusedException e) {
            outcome = new WebhookSender.Outcome(null, null, "refused: " + e.messageKey(), 0);
        }
        ledger.record(message, subscription, outcome);
    }
}
