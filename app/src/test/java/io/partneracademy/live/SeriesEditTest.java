package io.partneracademy.live;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Monthly series are generated, and a change to "this and the following sessions" reaches every later session. */
@MicronautTest(transactional = false)
class SeriesEditTest extends DatabaseTest {

    @Inject
    LiveSessions sessions;
    @Inject
    LiveSessionRepository rows;
    @Inject
    TeamSessions team;
    @Inject
    Registrations registrations;
    @Inject
    SessionTimes times;
    @Inject
    LiveFixture live;
    @Inject
    Fixtures fixtures;
    @Inject
    Notifications notifications;
    @Inject
    SeriesPlans plans;
    @Inject
    LiveSeriesRepository seriesRows;

    @Test
    void aMonthlyWebinarOnTheFirstTuesdayIsCreatedAsOneSeries() {
        long first = sessions.create(live.author(), monthly("Product update webinar", "2027-01-05T17:00",
                "2027-01-05T18:00", 4));

        List<LiveSession> series = series(first);

        assertThat(series).extracting(s -> times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH)).containsExactly(
                "Tuesday, January 5, 2027, 5:00 PM–6:00 PM Europe/Berlin",
                "Tuesday, February 2, 2027, 5:00 PM–6:00 PM Europe/Berlin",
                "Tuesday, March 2, 2027, 5:00 PM–6:00 PM Europe/Berlin",
                "Tuesday, April 6, 2027, 5:00 PM–6:00 PM Europe/Berlin");
        assertThat(series).extracting(LiveSession::uid).doesNotHaveDuplicates();
    }

    @Test
    void changingThisAndTheFollowingSessionsMovesTheLaterOnesAndTellsTheirPeopleWithCalendarUpdates() {
        long first = sessions.create(live.author(), monthly("Office hours", "2027-01-05T17:00", "2027-01-05T18:00", 4));
        List<LiveSession> before = series(first);
        UserSummary early = fixtures.user("Early Only", Role.LEARNER);
        UserSummary later = fixtures.user("Later Too", Role.LEARNER);
        registrations.register(early.id(), before.get(0).id());
        registrations.register(later.id(), before.get(2).id());
        registrations.register(later.id(), before.get(3).id());
        SessionForm second = team.form(before.get(1).id());

        int changed = sessions.update(live.author(), before.get(1).id(), new SessionForm("Office hours (new time)",
                second.description(), null, null, "2027-02-03T15:30", "2027-02-03T17:00", "Europe/Berlin", 30, null,
                List.<PartnerType>of(), "", "", second.joinUrl(), "", "", 1, null, SessionForm.SCOPE_FOLLOWING));

        List<LiveSession> after = series(first);
        assertThat(changed).isEqualTo(3);
        assertThat(after).extracting(s -> times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH)).containsExactly(
                "Tuesday, January 5, 2027, 5:00 PM–6:00 PM Europe/Berlin",
                "Wednesday, February 3, 2027, 3:30 PM–5:00 PM Europe/Berlin",
                "Wednesday, March 3, 2027, 3:30 PM–5:00 PM Europe/Berlin",
                "Wednesday, April 7, 2027, 3:30 PM–5:00 PM Europe/Berlin");
        assertThat(after).extracting(LiveSession::title).containsExactly("Office hours", "Office hours (new time)",
                "Office hours (new time)", "Office hours (new time)");
        assertThat(after).extracting(LiveSession::capacity).containsExactly(50, 30, 30, 30);
        assertThat(after).extracting(LiveSession::uid).isEqualTo(before.stream().map(LiveSession::uid).toList());
        assertThat(after.get(0).sequence()).isEqualTo(before.get(0).sequence());
        assertThat(after.subList(1, 4)).allSatisfy(s -> assertThat(s.sequence()).isEqualTo(1));

        assertThat(notifications.recent(early.id())).extracting(NotificationRow::subject)
                .noneMatch(s -> s.startsWith("Changed"));
        List<NotificationRow> updates = notifications.recent(later.id()).stream()
                .filter(n -> n.subject().startsWith("Changed")).sorted(Comparator.comparing(NotificationRow::id)).toList();
        assertThat(updates).hasSize(2);
        List<Calendar> calendars = updates.stream().map(n -> CalendarFilesTest.parseAndValidate(n.attachment())).toList();
        assertThat(calendars).extracting(c -> CalendarFilesTest.eventProperty(c, Property.UID))
                .containsExactly(before.get(2).uid(), before.get(3).uid());
        assertThat(calendars).extracting(c -> CalendarFilesTest.eventProperty(c, Property.DTSTART))
                .containsExactly("20270303T143000Z", "20270407T133000Z");
        assertThat(calendars).extracting(c -> Integer.parseInt(CalendarFilesTest.eventProperty(c, Property.SEQUENCE)))
                .allSatisfy(seq -> assertThat(seq).isGreaterThanOrEqualTo(2));
    }

    @Test
    void changingOnlyThisSessionLeavesTheRestOfTheSeries() {
        long first = sessions.create(live.author(), monthly("Clinic", "2027-01-12T09:00", "2027-01-12T10:00", 3));
        List<LiveSession> before = series(first);
        SessionForm f = team.form(before.get(1).id());

        int changed = sessions.update(live.author(), before.get(1).id(), new SessionForm(f.title(), f.description(),
                null, null, "2027-02-09T11:00", "2027-02-09T12:00", f.timeZone(), f.capacity(), null,
                List.<PartnerType>of(), "", "", f.joinUrl(), "", "", 1, null, "THIS"));

        assertThat(changed).isEqualTo(1);
        assertThat(series(first)).extracting(s -> times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH)).containsExactly(
                "Tuesday, January 12, 2027, 9:00 AM–10:00 AM Europe/Berlin",
                "Tuesday, February 9, 2027, 11:00 AM–12:00 PM Europe/Berlin",
                "Tuesday, March 9, 2027, 9:00 AM–10:00 AM Europe/Berlin");
    }

    @Test
    void aSeriesKeepsItsRuleAndIsExtendedFromItWithoutPlanningItAgain() {
        long first = sessions.create(live.author(), monthly("First-Tuesday webinar", "2027-01-05T17:00",
                "2027-01-05T18:00", 3));

        LiveSeries stored = seriesRows.findById(rows.findById(first).orElseThrow().seriesId()).orElseThrow();
        long added = plans.extend(first, 2);

        assertThat(stored.recurrence()).isEqualTo(Recurrence.MONTHLY_WEEKDAY);
        assertThat(stored.anchorStart()).isEqualTo(java.time.LocalDateTime.parse("2027-01-05T17:00"));
        assertThat(stored.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(series(first)).extracting(s -> times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH)).containsExactly(
                "Tuesday, January 5, 2027, 5:00 PM–6:00 PM Europe/Berlin",
                "Tuesday, February 2, 2027, 5:00 PM–6:00 PM Europe/Berlin",
                "Tuesday, March 2, 2027, 5:00 PM–6:00 PM Europe/Berlin",
                "Tuesday, April 6, 2027, 5:00 PM–6:00 PM Europe/Berlin",
                "Tuesday, May 4, 2027, 5:00 PM–6:00 PM Europe/Berlin");
        assertThat(rows.findById(added).orElseThrow().title()).isEqualTo("First-Tuesday webinar");
        assertThat(series(first)).extracting(LiveSession::uid).doesNotHaveDuplicates();
        assertThat(plans.summary(first).sessions()).isEqualTo(5);
    }

    @Test
    void extendingAfterThisAndTheFollowingMovedTheSeriesContinuesFromTheNewDayAndTime() {
        long first = sessions.create(live.author(), new SessionForm("Weekly clinic", "Weekly", null, null,
                "2027-03-04T10:00", "2027-03-04T11:00", "Europe/Berlin", 20, null, List.<PartnerType>of(), "", "",
                "https://meet.example.com/weekly", "", "", 3, Recurrence.WEEKLY.name(), null));
        List<LiveSession> before = series(first);
        SessionForm f = team.form(before.get(1).id());
        sessions.update(live.author(), before.get(1).id(), new SessionForm(f.title(), f.description(), null, null,
                "2027-03-12T14:00", "2027-03-12T15:30", f.timeZone(), f.capacity(), null, List.<PartnerType>of(),
                "", "", f.joinUrl(), "", "", 1, null, SessionForm.SCOPE_FOLLOWING));

        plans.extend(first, 2);

        assertThat(series(first)).extracting(s -> times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH)).containsExactly(
                "Thursday, March 4, 2027, 10:00 AM–11:00 AM Europe/Berlin",
                "Friday, March 12, 2027, 2:00 PM–3:30 PM Europe/Berlin",
                "Friday, March 19, 2027, 2:00 PM–3:30 PM Europe/Berlin",
                "Friday, March 26, 2027, 2:00 PM–3:30 PM Europe/Berlin",
                "Friday, April 2, 2027, 2:00 PM–3:30 PM Europe/Berlin");
    }

    @Test
    void aNewRepeatRuleReplansThisAndTheFollowingSessionsTellsTheirPeopleAndTheSeriesContinuesByIt() {
        long first = sessions.create(live.author(), weekly("Weekly then monthly", "2027-01-05T17:00", 4));
        List<LiveSession> before = series(first);
        UserSummary later = fixtures.user("Lena Later", Role.LEARNER);
        registrations.register(later.id(), before.get(3).id());
        SessionForm f = team.form(before.get(1).id());

        int changed = sessions.update(live.author(), before.get(1).id(), new SessionForm(f.title(), f.description(),
                null, null, "2027-01-12T17:00", "2027-01-12T18:00", "Europe/Berlin", f.capacity(), null,
                List.<PartnerType>of(), "", "", f.joinUrl(), "", "", 1, Recurrence.MONTHLY_WEEKDAY.name(),
                SessionForm.SCOPE_FOLLOWING));
        plans.extend(first, 1);

        assertThat(changed).isEqualTo(3);
        List<LiveSession> after = series(first);
        assertThat(after).extracting(s -> times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH)).containsExactly(
                "Tuesday, January 5, 2027, 5:00 PM–6:00 PM Europe/Berlin",
                "Tuesday, January 12, 2027, 5:00 PM–6:00 PM Europe/Berlin",
                "Tuesday, February 9, 2027, 5:00 PM–6:00 PM Europe/Berlin",
                "Tuesday, March 9, 2027, 5:00 PM–6:00 PM Europe/Berlin",
                "Tuesday, April 13, 2027, 5:00 PM–6:00 PM Europe/Berlin");
        assertThat(after.subList(0, 4)).extracting(LiveSession::uid)
                .isEqualTo(before.stream().map(LiveSession::uid).toList());
        LiveSeries stored = seriesRows.findById(after.get(0).seriesId()).orElseThrow();
        assertThat(stored.rule()).isEqualTo(new LiveSeries.Rule(Recurrence.MONTHLY_WEEKDAY,
                java.time.LocalDateTime.parse("2027-01-12T17:00"), ZoneId.of("Europe/Berlin")));
        NotificationRow moved = notifications.recent(later.id()).stream()
                .filter(n -> n.subject().startsWith("Changed")).findFirst().orElseThrow();
        assertThat(CalendarFilesTest.eventProperty(CalendarFilesTest.parseAndValidate(moved.attachment()),
                Property.DTSTART)).isEqualTo("20270309T160000Z");
    }

    @Test
    void aSeriesPlannedBeforeRulesWereStoredGetsItsRuleFromItsSessionsAndCanBeExtended() {
        long first = sessions.create(live.author(), weekly("Old weekly", "2027-03-04T10:00", 3));
        forgetRule(first);

        SeriesPlans.Summary summary = plans.summary(first);
        plans.extend(first, 2);

        assertThat(summary).isEqualTo(new SeriesPlans.Summary(Recurrence.WEEKLY, "2027-03-04 10:00", "Europe/Berlin",
                3, true, true));
        assertThat(series(first)).extracting(s -> times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH)).containsExactly(
                "Thursday, March 4, 2027, 10:00 AM–11:00 AM Europe/Berlin",
                "Thursday, March 11, 2027, 10:00 AM–11:00 AM Europe/Berlin",
                "Thursday, March 18, 2027, 10:00 AM–11:00 AM Europe/Berlin",
                "Thursday, March 25, 2027, 10:00 AM–11:00 AM Europe/Berlin",
                "Thursday, April 1, 2027, 10:00 AM–11:00 AM Europe/Berlin");
        assertThat(seriesRows.findById(rows.findById(first).orElseThrow().seriesId()).orElseThrow().rule())
                .isEqualTo(new LiveSeries.Rule(Recurrence.WEEKLY, java.time.LocalDateTime.parse("2027-03-04T10:00"),
                        ZoneId.of("Europe/Berlin")));
        assertThat(plans.summary(first).inferred()).isFalse();
    }

    @Test
    void aSeriesBeforeRulesWhoseSessionsFollowNoRuleCannotBeExtended() {
        long first = sessions.create(live.author(), weekly("Old irregular", "2027-03-04T10:00", 3));
        List<LiveSession> before = series(first);
        SessionForm f = team.form(before.get(1).id());
        sessions.update(live.author(), before.get(1).id(), new SessionForm(f.title(), f.description(), null, null,
                "2027-03-13T10:00", "2027-03-13T11:00", f.timeZone(), f.capacity(), null, List.<PartnerType>of(),
                "", "", f.joinUrl(), "", "", 1, null, "THIS"));
        forgetRule(first);

        assertThat(plans.summary(first).extendable()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.extend(first, 2))
                .isInstanceOf(io.partneracademy.web.ConflictException.class);
        assertThat(series(first)).hasSize(3);
    }

    /** Makes the session's series look like one planned before V103 stored rules. */
    private void forgetRule(long sessionId) {
        LiveSeries row = seriesRows.findById(rows.findById(sessionId).orElseThrow().seriesId()).orElseThrow();
        seriesRows.update(new LiveSeries(row.id(), row.title(), row.createdAt(), null, null, null, null, null));
    }

    private SessionForm weekly(String title, String start, int count) {
        java.time.LocalDateTime begin = java.time.LocalDateTime.parse(start);
        return new SessionForm(title, "Weekly", null, null, start, begin.plusHours(1).toString(), "Europe/Berlin", 20,
                null, List.<PartnerType>of(), "", "", "https://meet.example.com/weekly", "", "", count,
                Recurrence.WEEKLY.name(), null);
    }

    @Test
    void aOneOffSessionCannotBeExtended() {
        long one = sessions.create(live.author(), monthly("Once", "2027-01-05T17:00", "2027-01-05T18:00", 1));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.extend(one, 2))
                .isInstanceOf(io.partneracademy.web.ConflictException.class);
        assertThat(plans.summary(one)).isNull();
    }

    private SessionForm monthly(String title, String start, String end, int count) {
        return new SessionForm(title, "Monthly", null, null, start, end, "Europe/Berlin", 50, null,
                List.<PartnerType>of(), "", "", "https://meet.example.com/monthly", "", "", count,
                Recurrence.MONTHLY_WEEKDAY.name(), null);
    }

    private List<LiveSession> series(long first) {
        Long seriesId = rows.findById(first).orElseThrow().seriesId();
        assertThat(seriesId).isNotNull();
        return rows.findAllNewestFirst().stream().filter(s -> seriesId.equals(s.seriesId()))
                .sorted(Comparator.comparing(LiveSession::startsAt)).toList();
    }
}
