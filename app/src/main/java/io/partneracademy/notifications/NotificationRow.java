package io.partneracademy.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("notification")
public record NotificationRow(@Id @GeneratedValue @Nullable Long id, long userId, String kind, String subject,
                              String body, @Nullable String link, String dedupeKey, Instant createdAt,
                              @Nullable Instant readAt, @Nullable Instant mailedAt, @Nullable String attachmentName,
                              @Nullable String attachmentType, @Nullable String attachment) {
}
