package io.partneracademy.webhooks;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers due webhook messages at least once. A run claims a batch with SKIP LOCKED and leases it (next attempt
 * moved two minutes ahead) in a short transaction, sends outside any transaction, then records each outcome. The
 * batch is sent by {@code parallel} senders at once, so one slow receiver (up to the timeout) does not hold up the
 * others. A failure is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (the Standard Webhooks schedule,
 * about a day in all), then the message is FAILED; a subscription failing for {@code disable-after} is disabled and
 * its owner told, and its pending messages wait without a next attempt (parked) until it is enabled again.
 */
@Singleton
public class WebhookDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);

    private final WebhookLedger ledger;
    private final WebhookRepository subscriptions;
    private final WebhookSender sender;
    private final ExecutorService senders;

    WebhookDelivery(WebhookLedger ledger, WebhookRepository subscriptions, WebhookSender sender,
                    WebhookSettings settings) {
        this.ledger = ledger;
        this.subscriptions = subscriptions;
        this.sender = sender;
        AtomicInteger count = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(Math.max(1, settings.parallel()), task -> {
            Thread thread = new Thread(task, "webhook-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Every second (tests set a longer interval and call it themselves); returns the messages attempted. */
    @Scheduled(fixedDelay = "${partneracademy.webhooks.delivery-interval:1s}",
            initialDelay = "${partneracademy.webhooks.delivery-initial-delay:5s}")
    public int deliverDue() {
        List<WebhookMessageRow> claimed = ledger.claim();
        deliverAll(claimed);
        return claimed.size();
    }

    /** Sends the messages side by side and returns when each outcome is recorded. */
    void deliverAll(List<WebhookMessageRow> messages) {
        List<Future<?>> running = messages.stream().<Future<?>>map(m -> senders.submit(() -> deliver(m))).toList();
        for (Future<?> delivery : running) {
            try {
                delivery.get();
            } catch (ExecutionException e) {
                // the message keeps its lease and is tried again when it runs out
                LOG.warn("A webhook delivery failed before its outcome was recorded", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void deliver(WebhookMessageRow message) {
        WebhookSubscriptionRow subscription = subscriptions.findById(message.subscriptionId()).orElse(null);
        if (subscription == null) {
            return; // deleted meanwhile: its messages went with it
        }
        if (!subscription.enabled()) {
            // waits without a next attempt, so it is not claimed again every lease; enabling delivers it
            ledger.park(message);
            return;
        }
        WebhookSender.Outcome outcome;
        try {
            outcome = sender.send(uri(subscription.url()), subscription.secret(), message.msgId(), message.payload());
        } catch (WebhookDestinationRefusedException e) {
            outcome = new WebhookSender.Outcome(null, null, "refused: " + e.messageKey(), 0);
        }
        ledger.record(message, subscription, outcome);
    }

    private static URI uri(String url) {
        try {
            return URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new WebhookDestinationRefusedException("webhooks.url-invalid", url);
        }
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
