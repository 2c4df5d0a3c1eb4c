package io.partneracademy.live;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Live-session notices and reminders reach each person in the language of their profile, with their time zone. */
@MicronautTest(transactional = false)
class NoticeLanguageTest extends DatabaseTest {

    @Inject
    Registrations registrations;
    @Inject
    LiveSessions sessions;
    @Inject
    LiveReminders reminders;
    @Inject
    LiveFixture live;
    @Inject
    Fixtures fixtures;
    @Inject
    PersonPreferences preferences;
    @Inject
    Notifications notifications;
    @Inject
    TestClock clock;
    @Inject
    CalendarFeed feed;
    @Inject
    LiveSessionRepository rows;

    @Test
    void eachPersonIsToldInTheirLanguageAndEnglishIsTheDefault() {
        long session = live.session("Webinar", Duration.ofDays(3), "Europe/Berlin", 1);
        UserSummary yuki = person("Yuki", "ja", "Asia/Tokyo");
        UserSummary jonas = person("Jonas", "de", "Europe/Berlin");
        UserSummary claire = person("Claire", "fr", "Europe/Paris");
        UserSummary sam = fixtures.user("Sam", Role.LEARNER);

        registrations.register(yuki.id(), session);
        registrations.register(jonas.id(), session);
        registrations.register(claire.id(), session);
        registrations.register(sam.id(), session);
        sessions.cancel(session);

        assertThat(subjects(yuki)).contains("Webinar に登録されました", "中止: Webinar");
        assertThat(bodyOf(yuki, "中止: Webinar")).contains("Asia/Tokyo").endsWith("は中止になりました。");
        assertThat(subjects(jonas)).contains("Sie stehen auf der Warteliste für Webinar", "Abgesagt: Webinar");
        assertThat(bodyOf(jonas, "Sie stehen auf der Warteliste für Webinar"))
                .startsWith("Sie sind Nummer 1 auf der Warteliste für Webinar (");
        assertThat(subjects(claire)).contains("Vous êtes sur la liste d’attente de Webinar", "Annulé : Webinar");
        assertThat(subjects(sam)).contains("You are on the waitlist for Webinar", "Cancelled: Webinar");
    }

    @Test
    void remindersAreInThePersonsLanguage() {
        long session = live.session("Kickoff", Duration.ofHours(30), "UTC", 5);
        UserSummary claire = person("Claire R", "fr", "Europe/Paris");
        registrations.register(claire.id(), session);
        clock.advance(Duration.ofHours(7));

        reminders.send();

        assertThat(subjects(claire)).contains("Rappel : Kickoff commence dans 24 heures");
    }

    @Test
    void theCalendarFilesDescriptionIsInTheLanguageOfThePersonTheFileIsFor() {
        long session = live.session("Webinar", Duration.ofDays(3), "Europe/Berlin", 5);
        UserSummary yuki = person("Yuki I", "ja", "Asia/Tokyo");
        UserSummary jonas = person("Jonas I", "de", "Europe/Berlin");
        UserSummary claire = person("Claire I", "fr", "Europe/Paris");
        UserSummary sam = fixtures.user("Sam I", Role.LEARNER);
        registrations.register(yuki.id(), session);
        registrations.register(sam.id(), session);

        String invitation = notifications.recent(yuki.id()).stream().filter(n -> n.attachment() != null)
                .findFirst().orElseThrow().attachment();
        String samsInvitation = notifications.recent(sam.id()).stream().filter(n -> n.attachment() != null)
                .findFirst().orElseThrow().attachment();
        String download = feed.download(rows.findById(session).orElseThrow(), jonas.id());
        registrations.register(claire.id(), session);
        String feedText = feed.calendar(feed.url(claire.id()).replaceFirst(".*/", "").replace(".ics", ""));

        assertThat(description(invitation)).contains("セッションのページ: ").contains("参加リンクは開始の 15 分前");
        assertThat(description(samsInvitation)).contains("Session page: ")
                .contains("The join link appears there 15 minutes before the start.");
        assertThat(description(download)).contains("Seite des Termins: ").contains("15 Minuten vor Beginn");
        assertThat(description(feedText)).contains("Page de la session : ").contains("15 minutes avant le début");
    }

    private static String description(String ics) {
        return CalendarFilesTest.eventProperty(CalendarFilesTest.parseAndValidate(ics),
                net.fortuna.ical4j.model.Property.DESCRIPTION);
    }

    private UserSummary person(String name, String language, String zone) {
        UserSummary user = fixtures.user(name, Role.LEARNER);
        preferences.save(user.id(), language, ZoneId.of(zone));
        return user;
    }

    private java.util.List<String> subjects(UserSummary user) {
        return notifications.recent(user.id()).stream().map(NotificationRow::subject).toList();
    }

    private String bodyOf(UserSummary user, String subject) {
        return notifications.recent(user.id()).stream().filter(n -> n.subject().equals(subject)).findFirst()
                .orElseThrow().body();
    }
}
