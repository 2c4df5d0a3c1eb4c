package io.partneracademy.notifications;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The SMTP server notifications are mailed through; without a host, mails are written to the log.
 *
 * @param baseUrl the public address, to turn notification links into absolute URLs
 */
@ConfigurationProperties("partneracademy.mail")
public record MailSettings(@Nullable String smtpHost,
                           @Bindable(defaultValue = "587") int smtpPort,
                           @Nullable String username,
                           @Nullable String password,
                           @Bindable(defaultValue = "true") boolean starttls,
                           @Bindable(defaultValue = "Partner Academy <no-reply@partneracademy.example>") String from,
                           @Bindable(defaultValue = "http://localhost:8080") String baseUrl) {

    boolean configured() {
        return smtpHost != null && !smtpHost.isBlank();
    }
}
