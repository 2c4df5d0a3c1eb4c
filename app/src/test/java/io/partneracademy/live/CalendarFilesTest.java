package io.partneracademy.live;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .ics files people get (invitation, update, cancellation, download, feed) read back by ical4j, an independent
 * RFC 5545 parser, in strict mode, and pass its validator (RFC 5546 rules per METHOD) without a single entry.
 */
@MicronautTest(transactional = false)
class CalendarFilesTest extends DatabaseTest {

    @Inject
    Registrations registrations;
    @Inject
    LiveSessions sessions;
    @Inject
    TeamSessions team;
    @Inject
    LiveSessionRepository rows;
    @Inject
    LiveFixture live;
    @Inject
    Fixtures fixtures;
    @Inject
    Notifications notifications;
    @Inject
    EmbeddedServer server;

    @Test
    void theInvitationTheUpdateAndTheCancellationShareOneUidWithRisingSequence() throws Exception {
        long session = live.session("Live sales training; EMEA, Q1", Duration.ofDays(3), "Europe/Berlin", 10);
        UserSummary person = fixtures.user("Zoë Ünal-Müller", Role.LEARNER);
        String uid = rows.findById(session).orElseThrow().uid();

        registrations.register(person.id(), session);
        SessionForm f = team.form(session);
        sessions.update(live.author(), session, new SessionForm(f.title(), f.description(), null, null,
                f.startsAt().substring(0, 11) + "15:30", f.endsAt().substring(0, 11) + "16:30",
                f.timeZone(), f.capacity(), null, List.of(), "", "", f.joinUrl(), "", "", null));
        sessions.cancel(session);

        List<NotificationRow> mails = notifications.recent(person.id()).stream()
                .filter(n -> n.attachment() != null).sorted(java.util.Comparator.comparing(NotificationRow::id)).toList();
        assertThat(mails).extracting(NotificationRow::attachmentType).containsExactly(
                "text/calendar; charset=UTF-8; method=REQUEST", "text/calendar; charset=UTF-8; method=REQUEST",
                "text/calendar; charset=UTF-8; method=CANCEL");
        List<Calendar> calendars = mails.stream().map(n -> parseAndValidate(n.attachment())).toList();
        assertThat(calendars).extracting(c -> property(c, Property.METHOD)).containsExactly("REQUEST", "REQUEST", "CANCEL");
        assertThat(calendars).extracting(c -> eventProperty(c, Property.UID)).containsOnly(uid);
        List<Integer> sequences = calendars.stream().map(c -> Integer.parseInt(eventProperty(c, Property.SEQUENCE))).toList();
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
        assertThat(eventProperty(calendars.get(0), Property.SUMMARY)).isEqualTo("Live sales training; EMEA, Q1");
        assertThat(eventProperty(calendars.get(1), Property.DTSTART)).endsWith("T143000Z");
        assertThat(eventProperty(calendars.get(2), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(calendars.get(0).getComponents(Component.VEVENT).get(0).getProperty(Property.ATTENDEE).orElseThrow()
                .getValue()).isEqualTo("mailto:" + person.email());
    }

    @Test
    void longTextInAnyScriptIsFoldedWithoutBreakingACharacterAndReadsBackUnchanged() {
        String title = "ライブ営業トレーニング：ディスカバリーからデモまで、東京・大阪・名古屋の皆さま向けの四時間の実践セッション";
        long session = live.session(title, Duration.ofDays(2), "Asia/Tokyo", 5);
        UserSummary person = fixtures.user("Kenji Fold", Role.LEARNER);

        registrations.register(person.id(), session);

        String ics = notifications.recent(person.id()).get(0).attachment();
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(eventProperty(parseAndValidate(ics), Property.SUMMARY)).isEqualTo(title);
    }

    @Test
    void theDownloadAndTheFeedAreValidCalendarsAndTheFeedNeedsItsSecret() {
        long session = live.session("Feed me", Duration.ofDays(4), "America/New_York", 5);
        UserSummary person = fixtures.user("Fran Feed", Role.LEARNER);
        registrations.register(person.id(), session);
        Browser browser = new Browser(server.getURI());
        browser.login(person.email(), Fixtures.PASSWORD);

        Browser.Page download = browser.navigate("/live/" + session + "/calendar.ics");
        String list = browser.get("/live").body();
        String feedUrl = list.replaceAll("(?s).*value=\"(http[^\"]+/calendar/[0-9a-f]+\\.ics)\".*", "$1");
        Browser.Page feed = new Browser(server.getURI()).getAny(feedUrl.substring(feedUrl.indexOf("/calendar/")));
        Browser.Page wrong = new Browser(server.getURI()).getAny("/calendar/00000000000000000000000000000000.ics");

        assertThat(download.status()).isEqualTo(200);
        assertThat(eventProperty(parseAndValidate(download.body()), Property.SUMMARY)).isEqualTo("Feed me");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(property(parseAndValidate(feed.body()), Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(eventProperty(parseAndValidate(feed.body()), Property.UID))
                .isEqualTo(rows.findById(session).orElseThrow().uid());
        assertThat(wrong.status()).isEqualTo(404);
    }

    static Calendar parseAndValidate(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            ValidationResult result = calendar.validate();
            assertThat(result.getEntries()).as("ical4j validation of\n%s", ics).isEmpty();
            return calendar;
        } catch (Exception e) {
            throw new AssertionError("ical4j could not read\n" + ics, e);
        }
    }

    static String property(Calendar calendar, String name) {
        return calendar.getProperty(name).orElseThrow().getValue();
    }

    static String eventProperty(Calendar calendar, String name) {
        return calendar.getComponents(Component.VEVENT).get(0).getProperty(name).orElseThrow().getValue();
    }
}
