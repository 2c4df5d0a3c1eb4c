package io.partneracademy.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One delivery attempt in the log; see V080. */
@MappedEntity("webhook_attempt")
record WebhookAttemptRow(@Id @GeneratedValue @Nullable Long id, long messageId, Instant attemptedAt,
                         @Nullable Integer responseStatus, @Nullable String responseBody, @Nullable String error,
                         int durationMs) {
}
