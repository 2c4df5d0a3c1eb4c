package io.partneracademy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.assignments.AssignmentReminders;
import io.partneracademy.assignments.Assignments;
import io.partneracademy.assignments.WorkKind;
import io.partneracademy.certification.Expiry;
import io.partneracademy.notifications.MailQueue;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import io.partneracademy.support.TestSmtp;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail reaches each person in the language of their profile, with dates written their way (read from real SMTP). */
@MicronautTest(transactional = false)
class MailInTheRecipientsLanguageTest extends DatabaseTest {

    private final TestSmtp smtp = new TestSmtp();

    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    PersonPreferences preferences;
    @Inject
    Expiry expiry;
    @Inject
    Assignments assignments;
    @Inject
    AssignmentReminders reminders;
    @Inject
    MailQueue queue;
    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = smtp.properties(super.getProperties());
        properties.put("partneracademy.mail.base-url", "https://academy.example.com");
        return properties;
    }

    @BeforeAll
    void importContent() {
        // The path and the course are translated into Japanese only: the Japanese holder and learner read their titles
        // in Japanese, the German admin and assigner in the source's English.
        learning.importCertifiableBasics(Map.of("paths/basics.ja.yaml",
                "title: 基礎パス\ndescription: 基礎です。\nsource: 0123456789ab\n",
                "courses/intro/course.ja.yaml",
                "title: はじめに\nsummary: 誰もがここから始めます。\nsource: 0123456789ab\n"));
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @Test
    void theExpiryReminderReachesTheHolderInJapaneseAndTheirPartnerAdminInGerman() throws Exception {
        Partner partner = fixtures.partner("Sakura KK");
        UserSummary holder = fixtures.employee(partner, "Kenji Sato", Role.LEARNER);
        UserSummary admin = fixtures.employee(partner, "Hannah Admin", Role.PARTNER_ADMIN);
        preferences.save(holder.id(), "ja", ZoneId.of("Asia/Tokyo"));
        preferences.save(admin.id(), "de", ZoneId.of("Europe/Berlin"));
        learning.completeBasics(Learning.learner(holder));

        clock.advance(Duration.ofDays(365 - 25));
        try {
            expiry.remind();
            queue.send();
        } finally {
            clock.advance(Duration.ofDays(-(365 - 25)));
        }

        MimeMessage toHolder = mailTo(holder.email());
        MimeMessage toAdmin = mailTo(admin.email());
        assertThat(toHolder.getSubject()).matches("基礎パス の認定は \\d{4}/\\d{2}/\\d{2} に有効期限を迎えます");
        assertThat(body(toHolder)).contains("までに 基礎パス の試験にもう一度合格すると、認定が更新されます。",
                "https://academy.example.com/certifications");
        assertThat(toAdmin.getSubject()).matches("Die Zertifizierung „Basics Path“ von Kenji Sato läuft am \\d{2}\\.\\d{2}\\.\\d{4} ab");
        assertThat(body(toAdmin)).contains("Kenji Sato muss die Prüfung „Basics Path“ vor dem ",
                "zertifizierte Mitarbeitende zählen für die Partnerstufe von " + partner.name() + ".");
    }

    @Test
    void assignmentNoticesReachTheLearnerInJapaneseAndTheAssignerInGerman() throws Exception {
        Partner partner = fixtures.partner("Fuji GmbH");
        UserSummary assigner = fixtures.employee(partner, "Greta Zuweiser", Role.PARTNER_ADMIN);
        UserSummary learner = fixtures.employee(partner, "Hanako Yamada", Role.LEARNER);
        preferences.save(assigner.id(), "de", ZoneId.of("Europe/Berlin"));
        preferences.save(learner.id(), "ja", ZoneId.of("Asia/Tokyo"));
        LocalDate due = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(3);
        assignments.assign(new CurrentUser(assigner.id(), assigner.email(), assigner.displayName(),
                Set.of(Role.PARTNER_ADMIN)), partner.id(),
                new Assignments.Request(WorkKind.COURSE, "intro", List.of(learner.id()), due, null));

        reminders.run();
        queue.send();
        MimeMessage reminder = mailTo(learner.email());
        smtp.purge();
        clock.advance(Duration.ofDays(4));
        try {
            reminders.run();
            queue.send();
        } finally {
            clock.advance(Duration.ofDays(-4));
        }

        // Each recipient reads the due date as their language writes it (CLDR medium: 2026/12/09, 09.12.2026).
        String japaneseDue = java.time.format.DateTimeFormatter.ofPattern("uuuu/MM/dd").format(due);
        String germanDue = java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu").format(due);
        assertThat(reminder.getSubject()).isEqualTo("はじめに の期限は " + japaneseDue + " です");
        assertThat(body(reminder)).contains("Greta Zuweiser が はじめに を割り当てました。期限は " + japaneseDue
                + "（あと 3 日）です。");
        assertThat(mailTo(learner.email()).getSubject()).isEqualTo("はじめに が期限を過ぎています");
        MimeMessage toAssigner = mailTo(assigner.email());
        assertThat(toAssigner.getSubject()).isEqualTo("Hanako Yamada: Introduction ist überfällig");
        assertThat(body(toAssigner)).contains("Hanako Yamada hat Introduction noch nicht abgeschlossen, fällig am "
                + germanDue + ".");
    }

    private MimeMessage mailTo(String address) {
        List<MimeMessage> mails = smtp.received().stream().filter(m -> to(m).equals(address)).toList();
        assertThat(mails).as("mail to " + address).hasSize(1);
        return mails.get(0);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) throws IOException, MessagingException {
        return (String) message.getContent();
    }
}
