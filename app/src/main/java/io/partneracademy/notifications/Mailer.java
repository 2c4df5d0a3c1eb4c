package io.partneracademy.notifications;

import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import io.micronaut.core.annotation.Nullable;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends one mail through the configured SMTP server, or writes it to the log when none is configured. */
@Singleton
class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final MailSettings settings;
    private final Session session;

    Mailer(MailSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        if (settings.configured()) {
            properties.put("mail.smtp.host", settings.smtpHost());
            properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
            properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "10000");
            properties.put("mail.smtp.writetimeout", "10000");
            properties.put("mail.smtp.auth", String.valueOf(hasText(settings.username())));
        }
        this.session = !hasText(settings.username()) ? Session.getInstance(properties)
                : Session.getInstance(properties, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.username(), settings.password());
                    }
                });
    }

    /** Throws when the server refuses; the caller keeps the mail queued and tries again later. */
    void send(String to, String subject, String body, @Nullable Notifications.Attachment attachment)
            throws MessagingException {
        if (!settings.configured()) {
            LOG.info("Mail (no SMTP server configured) to {}: {}\n{}{}", to, subject, body,
                    attachment == null ? "" : "\n(attached: " + attachment.fileName() + ")");
            return;
        }
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        if (attachment == null) {
            message.setText(body, "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    attachment.content().getBytes(StandardCharsets.UTF_8), attachment.contentType())));
            file.setFileName(attachment.fileName());
            file.setHeader("Content-Type", attachment.contentType());
            message.setContent(new MimeMultipart(text, file));
        }
        Transport.send(message);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    String absolute(String link) {
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl().substring(0, settings.baseUrl().length() - 1)
                : settings.baseUrl();
        return link.startsWith("/") ? base + link : link;
    }
}
