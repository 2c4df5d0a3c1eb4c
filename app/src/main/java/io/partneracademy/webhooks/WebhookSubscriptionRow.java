package io.partneracademy.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A webhook subscription; see V080. */
@MappedEntity("webhook_subscription")
record WebhookSubscriptionRow(@Id @GeneratedValue @Nullable Long id, String url, String events, String secret,
                              long createdBy, @Nullable Long partnerId, Instant createdAt, boolean enabled,
                              @Nullable Instant failingSince, @Nullable Instant disabledAt) {

    boolean listensTo(String event) {
        return (" " + events + " ").contains(" " + event + " ");
    }
}
