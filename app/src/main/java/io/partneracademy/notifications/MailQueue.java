package io.partneracademy.notifications;

import io.micronaut.scheduling.annotation.Scheduled;
import io.partneracademy.accounts.Users;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Mails committed notifications: claims unmailed rows with SKIP LOCKED (safe on several servers), sends each and
 * marks it mailed. A mail the server refuses stays queued and is tried again on the next run.
 */
@Singleton
public class MailQueue {

    private static final Logger LOG = LoggerFactory.getLogger(MailQueue.class);
    private static final int BATCH = 50;

    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final Users users;
    private final Clock clock;

    MailQueue(NotificationRepository notifications, Mailer mailer, Users users, Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.users = users;
        this.clock = clock;
    }

    /** Sends what is queued; returns how many were sent. */
    @Scheduled(fixedDelay = "30s", initialDelay = "30s")
    @Transactional
    public int send() {
        int sent = 0;
        // Claimed in two steps (ids read without locks, then locked by primary key): a single
        // "WHERE mailed_at IS NULL ORDER BY id LIMIT n FOR UPDATE SKIP LOCKED" also locks the index gap where every
        // new notification goes, so while a slow mail server held this batch nobody could be notified of anything.
        List<Long> candidates = notifications.findUnmailed(BATCH * 4);
        List<Long> ids = candidates.isEmpty() ? List.of() : notifications.lockUnmailed(candidates, BATCH);
        for (Long id : ids) {
            NotificationRow n = notifications.findById(id).orElseThrow();
            String body = n.body() + (n.link() == null ? "" : "\n\n" + mailer.absolute(n.link()));
            try {
                mailer.send(users.get(n.userId()).email(), n.subject(), body, n.attachment() == null ? null
                        : new Notifications.Attachment(n.attachmentName(), n.attachmentType(), n.attachment()));
                notifications.markMailed(id, clock.instant());
                sent++;
            } catch (MessagingException e) {
                LOG.warn("Mail for notification {} not sent, will retry: {}", id, e.getMessage());
            }
        }
        return sent;
    }
}
