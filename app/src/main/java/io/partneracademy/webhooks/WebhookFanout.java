package io.partneracademy.webhooks;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.partneracademy.outbox.Outbox;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns each outbox event into one message per subscription that wants it, in the transaction that wrote the
 * event (ADR 0019): the change and its webhook messages commit together or not at all. A subscription limited to
 * a partner gets only events about that partner.
 */
@Singleton
class WebhookFanout {

    private final WebhookRepository subscriptions;
    private final WebhookMessageRepository messages;
    private final JsonMapper json;

    WebhookFanout(WebhookRepository subscriptions, WebhookMessageRepository messages, JsonMapper json) {
        this.subscriptions = subscriptions;
        this.messages = messages;
        this.json = json;
    }

    @EventListener
    void onWritten(Outbox.Written written) {
        Optional<WebhookEvent> event = WebhookEvent.of(written);
        if (event.isEmpty()) {
            return;
        }
        List<WebhookSubscriptionRow> listening = subscriptions.findEnabled().stream()
                .filter(s -> s.listensTo(event.get().wireName())).toList();
        if (listening.isEmpty()) {
            return;
        }
        List<Long> partners = WebhookEvent.partnerIds(written.payload(), subscriptions::currentEmployer);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.get().wireName());
        body.put("timestamp", written.at().toString());
        body.put("data", written.payload());
        String payload = write(body);
        for (WebhookSubscriptionRow subscription : listening) {
            if (subscription.partnerId() == null || partners.contains(subscription.partnerId())) {
                messages.save(new WebhookMessageRow(null, WebhookSignature.newMessageId(), subscription.id(),
                        event.get().wireName(), payload, written.at(), DeliveryStatus.PENDING, 0, written.at(),
                        null));
            }
        }
    }

    private String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
