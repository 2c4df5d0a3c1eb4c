package io.partneracademy.notifications;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.Users;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Mail for notifications. No SMTP server is configured in this release, so each mail is written to the log. */
@Singleton
class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final Users users;

    Mailer(Users users) {
        this.users = users;
    }

    void send(long userId, String subject, String body, @Nullable String link) {
        String to = users.get(userId).email();
        LOG.info("Mail to {}: {} | {}{}", to, subject, body, link == null ? "" : " | " + link);
    }
}
