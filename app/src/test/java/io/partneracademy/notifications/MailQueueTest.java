package io.partneracademy.notifications;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestSmtp;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Notifications reach a real SMTP server (GreenMail) once each, after they are committed. */
@MicronautTest(transactional = false)
class MailQueueTest extends DatabaseTest {

    private final TestSmtp smtp = new TestSmtp();

    @Inject
    Notifications notifications;
    @Inject
    MailQueue queue;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = smtp.properties(super.getProperties());
        properties.put("partneracademy.mail.base-url", "https://academy.example.com");
        return properties;
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @Test
    void aNotificationIsMailedOnceWithAnAbsoluteLink() throws Exception {
        UserSummary user = fixtures.user("Mia Mailbox", Role.LEARNER);
        queue.send(); // mails whatever another test left queued: the counts below are this test's
        assertThat(notifications.send(user.id(), "test", "Your Certified Foundation expires on 2027-01-05",
                "Pass the exam again.", "/certifications", "mail-test-" + user.id())).isTrue();
        assertThat(notifications.send(user.id(), "test", "duplicate", "duplicate", null, "mail-test-" + user.id()))
                .isFalse();

        int first = queue.send();
        int second = queue.send();

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        List<MimeMessage> received = to(user);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Your Certified Foundation expires on 2027-01-05");
        assertThat(((String) received.get(0).getContent())).contains("https://academy.example.com/certifications");
    }

    @Test
    void anAttachedCalendarInvitationArrivesAsItsOwnPartWithItsMethod() throws Exception {
        UserSummary user = fixtures.user("Ivo Invite", Role.LEARNER);
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
        notifications.send(user.id(), "test", "You are registered for Live sales training", "See you there.",
                "/live/1", "mail-ics-" + user.id(), new Notifications.Attachment("invite.ics",
                        "text/calendar; charset=UTF-8; method=REQUEST", ics));

        queue.send();

        MimeMessage mail = smtp.received().stream()
                .filter(m -> subjectOf(m).equals("You are registered for Live sales training")).findFirst().orElseThrow();
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat((String) parts.getBodyPart(0).getContent()).contains("https://academy.example.com/live/1");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("invite.ics");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(new String(parts.getBodyPart(1).getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(ics);
        smtp.purge();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MimeMessage> to(UserSummary user) throws jakarta.mail.MessagingException {
        List<MimeMessage> mine = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.received()) {
            if (message.getAllRecipients()[0].toString().equals(user.email())) {
                mine.add(message);
            }
        }
        return mine;
    }
}
