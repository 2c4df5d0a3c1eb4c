package io.partneracademy.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free local port for one test class, with the mail settings that send the
 * application's mail to it. Started when made; the test class stops it after its tests.
 */
public final class TestSmtp {

    private final int port = freePort();
    private final GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    public TestSmtp() {
        mail.start();
    }

    /** {@code base} with the settings that send mail here, over plain SMTP. */
    public Map<String, String> properties(Map<String, String> base) {
        Map<String, String> properties = new HashMap<>(base);
        properties.put("partneracademy.mail.smtp-host", "127.0.0.1");
        properties.put("partneracademy.mail.smtp-port", String.valueOf(port));
        properties.put("partneracademy.mail.starttls", "false");
        return properties;
    }

    /** Every message received so far, oldest first. */
    public List<MimeMessage> received() {
        return List.of(mail.getReceivedMessages());
    }

    /** Forgets the messages received so far. */
    public void purge() {
        try {
            mail.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        mail.stop();
    }

    /** A plain-text message's body. */
    public static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
