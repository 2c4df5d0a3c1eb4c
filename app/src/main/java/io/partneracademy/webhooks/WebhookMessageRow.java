package io.partneracademy.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One event for one subscription, delivered until it succeeds or its retries run out; see V080. */
@MappedEntity("webhook_message")
record WebhookMessageRow(@Id @GeneratedValue @Nullable Long id, String msgId, long subscriptionId, String eventType,
                         String payload, Instant createdAt, DeliveryStatus status, int attempts,
                         @Nullable Instant nextAttemptAt, @Nullable Instant deliveredAt) {
}
