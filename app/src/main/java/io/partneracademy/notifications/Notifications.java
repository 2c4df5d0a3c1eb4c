package io.partneracademy.notifications;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * In-app notifications; each is also mailed by {@link MailQueue} after it is committed. A notification carries a
 * dedupe key: sending the same one twice (a job that runs again, on another server) stores and mails it once.
 */
@Singleton
public class Notifications {

    private final NotificationRepository notifications;
    private final Clock clock;

    Notifications(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Stores the notification unless one with the same key exists; returns whether it was new. */
    public boolean send(long userId, String kind, String subject, String body, @Nullable String link, String dedupeKey) {
        return notifications.insertIgnore(userId, kind, subject, body, link, dedupeKey, clock.instant()) == 1;
    }

    /**
     * A text file mailed with a notification.
     *
     * @param contentType the MIME type with its parameters, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
     */
    public record Attachment(String fileName, String contentType, String content) {
    }

    /** As {@link #send}, and the mail carries the attachment. */
    public boolean send(long userId, String kind, String subject, String body, @Nullable String link, String dedupeKey,
                        Attachment attachment) {
        return notifications.insertIgnoreWithAttachment(userId, kind, subject, body, link, dedupeKey, clock.instant(),
                attachment.fileName(), attachment.contentType(), attachment.content()) == 1;
    }

    public List<NotificationRow> recent(long userId) {
        return notifications.findTop50ByUserIdOrderByCreatedAtDesc(userId);
    }

    public int unread(long userId) {
        return notifications.countUnread(userId);
    }

    public void markAllRead(long userId) {
        notifications.markAllRead(userId, clock.instant());
    }
}
