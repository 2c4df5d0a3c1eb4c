package io.partneracademy.live;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ImportReport;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sessions defined in {@code content/live/} are imported with the rest of the tree: a series from its rule, a no-op
 * when the file is unchanged, a changed file reaching the people registered, and a bad file refused with
 * {@code file:line} problems and nothing written.
 */
@MicronautTest(transactional = false)
class SessionFilesTest extends DatabaseTest {

    private static final String WEEKLY = """
            id: ID
            title: Partner office hours
            description: Bring your deals and questions.
            course: intro
            path: basics
            time-zone: Europe/Berlin
            start: 2027-03-18T16:00
            minutes: 60
            repeat: weekly
            sessions: 3
            seats: 40
            audience:
              min-tier: SILVER
              regions: [EMEA]
            join-url: https://meet.example.com/office-hours
            """;

    @Inject
    ContentImporter importer;
    @Inject
    LiveSessionRepository rows;
    @Inject
    LiveSeriesRepository series;
    @Inject
    SessionTimes times;
    @Inject
    Registrations registrations;
    @Inject
    RegistrationRepository seats;
    @Inject
    Fixtures fixtures;
    @Inject
    Notifications notifications;
    @Inject
    LiveFixture live;
    @Inject
    LiveSessions planner;
    @Inject
    TeamSessions team;
    @Inject
    io.partneracademy.support.TestClock clock;

    @Test
    void aSeriesFileBecomesSessionsAtTheSameLocalTimeAcrossDaylightSavingAndAnUnchangedFileChangesNothing() {
        ContentFixture fixture = ContentFixture.create().write("live/weekly-a.yaml", WEEKLY.replace("ID", "weekly-a"));

        ImportReport first = importer.importTree(fixture.root(), null);
        List<LiveSession> created = sessions("weekly-a");
        ImportReport again = importer.importTree(fixture.root(), null);

        assertThat(first.sessionsChanged()).isEqualTo(1);
        assertThat(again.sessionsChanged()).isZero();
        assertThat(again.sessionsTotal()).isEqualTo(1);
        assertThat(created).extracting(s -> times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH)).containsExactly(
                "Thursday, March 18, 2027, 4:00 PM–5:00 PM Europe/Berlin",
                "Thursday, March 25, 2027, 4:00 PM–5:00 PM Europe/Berlin",
                "Thursday, April 1, 2027, 4:00 PM–5:00 PM Europe/Berlin");
        assertThat(created).extracting(s -> s.startsAt().toString())
                .containsExactly("2027-03-18T15:00:00Z", "2027-03-25T15:00:00Z", "2027-04-01T14:00:00Z");
        assertThat(created).allSatisfy(s -> {
            assertThat(s.courseId()).isEqualTo("intro");
            assertThat(s.pathId()).isEqualTo("basics");
            assertThat(s.capacity()).isEqualTo(40);
            assertThat(s.minTier()).isEqualTo("SILVER");
            assertThat(s.audience().regions()).containsExactly("EMEA");
        });
        assertThat(sessions("weekly-a")).isEqualTo(created);
        LiveSeries row = series.findBySourceId("weekly-a").orElseThrow();
        assertThat(row.recurrence()).isEqualTo(Recurrence.WEEKLY);
        assertThat(row.rule()).isNotNull();
    }

    @Test
    void aChangedFileMovesTheLaterSessionsTellsThePeopleRegisteredAndCancelsTheOnesItNoLongerLists() {
        ContentFixture fixture = ContentFixture.create().write("live/weekly-b.yaml", WEEKLY.replace("ID", "weekly-b"));
        importer.importTree(fixture.root(), null);
        List<LiveSession> before = sessions("weekly-b");
        UserSummary ana = fixtures.user("Ana Registered", Role.LEARNER);
        UserSummary ben = fixtures.user("Ben Third", Role.LEARNER);
        registrations.register(ana.id(), before.get(0).id());
        registrations.register(ben.id(), before.get(2).id());
        fixture.replace("live/weekly-b.yaml", "start: 2027-03-18T16:00", "start: 2027-03-18T17:30")
                .replace("live/weekly-b.yaml", "sessions: 3", "sessions: 2");

        ImportReport report = importer.importTree(fixture.root(), null);

        List<LiveSession> after = sessions("weekly-b");
        assertThat(report.sessionsChanged()).isEqualTo(1);
        assertThat(after).extracting(LiveSession::uid).isEqualTo(before.stream().map(LiveSession::uid).toList());
        assertThat(after).extracting(s -> times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH) + (s.cancelled() ? " X" : ""))
                .containsExactly("Thursday, March 18, 2027, 5:30 PM–6:30 PM Europe/Berlin", "Thursday, March 25, 2027, 5:30 PM–6:30 PM Europe/Berlin",
                        "Thursday, April 1, 2027, 4:00 PM–5:00 PM Europe/Berlin X");
        NotificationRow changed = notifications.recent(ana.id()).stream()
                .filter(n -> n.subject().startsWith("Changed")).findFirst().orElseThrow();
        assertThat(CalendarFilesTest.eventProperty(CalendarFilesTest.parseAndValidate(changed.attachment()),
                Property.DTSTART)).isEqualTo("20270318T163000Z");
        NotificationRow cancelled = notifications.recent(ben.id()).stream()
                .filter(n -> n.subject().startsWith("Cancelled")).findFirst().orElseThrow();
        assertThat(CalendarFilesTest.parseAndValidate(cancelled.attachment()).getProperty(Property.METHOD)
                .orElseThrow().getValue()).isEqualTo("CANCEL");
    }

    @Test
    void aFirstDateTheFileNoLongerListsCancelsThatSessionInsteadOfShiftingTheLaterOnes() {
        ContentFixture fixture = ContentFixture.create().write("live/weekly-f.yaml", WEEKLY.replace("ID", "weekly-f"));
        importer.importTree(fixture.root(), null);
        List<LiveSession> before = sessions("weekly-f");
        UserSummary ana = fixtures.user("Ana Second", Role.LEARNER);
        UserSummary ben = fixtures.user("Ben First", Role.LEARNER);
        registrations.register(ana.id(), before.get(1).id());
        registrations.register(ben.id(), before.get(0).id());
        fixture.replace("live/weekly-f.yaml", "start: 2027-03-18T16:00", "start: 2027-03-25T16:00")
                .replace("live/weekly-f.yaml", "sessions: 3", "sessions: 2");

        importer.importTree(fixture.root(), null);

        List<LiveSession> after = sessions("weekly-f");
        assertThat(after).extracting(s -> s.uid() + " " + times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH)
                + (s.cancelled() ? " X" : "")).containsExactly(
                before.get(0).uid() + " Thursday, March 18, 2027, 4:00 PM–5:00 PM Europe/Berlin X",
                before.get(1).uid() + " Thursday, March 25, 2027, 4:00 PM–5:00 PM Europe/Berlin",
                before.get(2).uid() + " Thursday, April 1, 2027, 4:00 PM–5:00 PM Europe/Berlin");
        assertThat(notifications.recent(ana.id())).extracting(NotificationRow::subject)
                .noneMatch(subject -> subject.startsWith("Changed") || subject.startsWith("Cancelled"));
        assertThat(notifications.recent(ben.id())).extracting(NotificationRow::subject)
                .anyMatch(subject -> subject.startsWith("Cancelled"));
    }

    @Test
    void aSkippedDateInTheMiddleCancelsExactlyThatSessionAndTheLaterOnesKeepTheirPeople() {
        ContentFixture fixture = ContentFixture.create().write("live/weekly-g.yaml", WEEKLY.replace("ID", "weekly-g")
                .replace("sessions: 3", "sessions: 4"));
        importer.importTree(fixture.root(), null);
        List<LiveSession> before = sessions("weekly-g");
        UserSummary cleo = fixtures.user("Cleo Third", Role.LEARNER);
        registrations.register(cleo.id(), before.get(2).id());
        fixture.replace("live/weekly-g.yaml", "sessions: 4", "sessions: 4\nskip: [2027-03-25]");

        importer.importTree(fixture.root(), null);

        List<LiveSession> after = sessions("weekly-g");
        assertThat(after).extracting(s -> times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH) + (s.cancelled() ? " X" : ""))
                .containsExactly("Thursday, March 18, 2027, 4:00 PM–5:00 PM Europe/Berlin", "Thursday, March 25, 2027, 4:00 PM–5:00 PM Europe/Berlin X",
                        "Thursday, April 1, 2027, 4:00 PM–5:00 PM Europe/Berlin", "Thursday, April 8, 2027, 4:00 PM–5:00 PM Europe/Berlin");
        assertThat(after.get(2)).extracting(LiveSession::id, LiveSession::startsAt, LiveSession::sequence)
                .containsExactly(before.get(2).id(), before.get(2).startsAt(), before.get(2).sequence());
        assertThat(seats.findBySessionIdAndUserId(after.get(2).id(), cleo.id())).hasValueSatisfying(r ->
                assertThat(r.status()).isEqualTo(RegistrationStatus.REGISTERED));
        assertThat(notifications.recent(cleo.id())).extracting(NotificationRow::subject)
                .noneMatch(subject -> subject.startsWith("Changed") || subject.startsWith("Cancelled"));
    }

    /**
     * Office hours moved from Thursdays to Wednesdays: each session moves within its week with its seats, its people
     * and its calendar entry (updated with the same UID), instead of being cancelled and offered again on a new date
     * that nobody is registered for.
     */
    @Test
    void aSeriesMovedToAnotherWeekdayKeepsEverySessionWithItsPeopleAndCalendarEntry() {
        ContentFixture fixture = ContentFixture.create().write("live/weekly-m.yaml", WEEKLY.replace("ID", "weekly-m"));
        importer.importTree(fixture.root(), null);
        List<LiveSession> before = sessions("weekly-m");
        UserSummary ana = fixtures.user("Ana Wednesday", Role.LEARNER);
        registrations.register(ana.id(), before.get(1).id());
        fixture.replace("live/weekly-m.yaml", "start: 2027-03-18T16:00", "start: 2027-03-17T16:00");

        importer.importTree(fixture.root(), null);

        List<LiveSession> after = sessions("weekly-m");
        assertThat(after).extracting(s -> s.uid() + " " + times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH)
                + (s.cancelled() ? " X" : "")).containsExactly(
                before.get(0).uid() + " Wednesday, March 17, 2027, 4:00 PM–5:00 PM Europe/Berlin",
                before.get(1).uid() + " Wednesday, March 24, 2027, 4:00 PM–5:00 PM Europe/Berlin",
                before.get(2).uid() + " Wednesday, March 31, 2027, 4:00 PM–5:00 PM Europe/Berlin");
        assertThat(seats.findBySessionIdAndUserId(before.get(1).id(), ana.id())).hasValueSatisfying(r ->
                assertThat(r.status()).isEqualTo(RegistrationStatus.REGISTERED));
        assertThat(after.get(1).sequence()).isGreaterThan(before.get(1).sequence());
        NotificationRow changed = notifications.recent(ana.id()).stream()
                .filter(n -> n.subject().startsWith("Changed")).findFirst().orElseThrow();
        assertThat(CalendarFilesTest.eventProperty(CalendarFilesTest.parseAndValidate(changed.attachment()),
                Property.DTSTART)).isEqualTo("20270324T150000Z");
        assertThat(notifications.recent(ana.id())).extracting(NotificationRow::subject)
                .noneMatch(subject -> subject.startsWith("Cancelled"));

        fixture.replace("live/weekly-m.yaml", "minutes: 60", "minutes: 90");
        importer.importTree(fixture.root(), null);

        assertThat(sessions("weekly-m")).extracting(s -> s.id() + " " + times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH)
                + (s.cancelled() ? " X" : "")).containsExactly(
                before.get(0).id() + " Wednesday, March 17, 2027, 4:00 PM–5:30 PM Europe/Berlin",
                before.get(1).id() + " Wednesday, March 24, 2027, 4:00 PM–5:30 PM Europe/Berlin",
                before.get(2).id() + " Wednesday, March 31, 2027, 4:00 PM–5:30 PM Europe/Berlin");
    }

    @Test
    void aSkipThatIsNotADateOfTheSeriesIsAProblemAtItsLine() {
        ContentFixture fixture = ContentFixture.create().write("live/weekly-h.yaml", WEEKLY.replace("ID", "weekly-h")
                + "skip:\n  - 2027-03-25\n  - 2027-03-26\n  - next week\n");

        assertThatThrownBy(() -> importer.importTree(fixture.root(), null))
                .isInstanceOfSatisfying(ContentInvalidException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly(
                                "live/weekly-h.yaml:18: skip: 2027-03-26 is not a date of this series (2027-03-18,"
                                        + " 2027-03-25, 2027-04-01)",
                                "live/weekly-h.yaml:19: skip: 'next week' is not a date like 2027-03-16"));
        assertThat(series.findBySourceId("weekly-h")).isEmpty();
    }

    @Test
    void aBrowserEditOfAFileSessionStaysWhileTheFileIsUnchanged() {
        ContentFixture fixture = ContentFixture.create().write("live/weekly-c.yaml", WEEKLY.replace("ID", "weekly-c"));
        importer.importTree(fixture.root(), null);
        LiveSession second = sessions("weekly-c").get(1);
        SessionForm f = team.form(second.id());
        planner.update(live.author(), second.id(), new SessionForm("Office hours (moved room)", f.description(),
                f.courseId(), f.pathId(), f.startsAt(), f.endsAt(), f.timeZone(), f.capacity(), f.minTier(),
                f.partnerTypes(), f.regions(), f.instructors(), f.joinUrl(), "", "", 1, null, "THIS"));

        importer.importTree(fixture.root(), null);

        assertThat(rows.findById(second.id()).orElseThrow().title()).isEqualTo("Office hours (moved room)");
    }

    @Test
    void aChangedFileKeepsTheRecordingLinkSetInTheBrowserOnASessionStillToCome() {
        ContentFixture fixture = ContentFixture.create().write("live/weekly-r.yaml", WEEKLY.replace("ID", "weekly-r"));
        importer.importTree(fixture.root(), null);
        LiveSession second = sessions("weekly-r").get(1);
        SessionForm f = team.form(second.id());
        planner.update(live.author(), second.id(), new SessionForm(f.title(), f.description(), f.courseId(),
                f.pathId(), f.startsAt(), f.endsAt(), f.timeZone(), f.capacity(), f.minTier(), f.partnerTypes(),
                f.regions(), f.instructors(), f.joinUrl(), "https://video.example.com/dry-run", "", 1, null, "THIS"));
        fixture.replace("live/weekly-r.yaml", "seats: 40", "seats: 50");

        importer.importTree(fixture.root(), null);

        LiveSession after = rows.findById(second.id()).orElseThrow();
        assertThat(after.capacity()).isEqualTo(50);
        assertThat(after.recordingUrl()).isEqualTo("https://video.example.com/dry-run");
    }

    @Test
    void aRecordingInTheFileReachesItsSessionAfterItTookPlaceAndThePeopleRegisteredAreToldOnce() {
        ContentFixture fixture = ContentFixture.create().write("live/weekly-s.yaml", WEEKLY.replace("ID", "weekly-s"));
        importer.importTree(fixture.root(), null);
        List<LiveSession> before = sessions("weekly-s");
        UserSummary ada = fixtures.user("Ada Attended", Role.LEARNER);
        registrations.register(ada.id(), before.get(0).id());
        clock.advance(java.time.Duration.between(clock.instant(), java.time.Instant.parse("2027-03-19T09:00:00Z")));
        fixture.write("live/weekly-s.yaml", WEEKLY.replace("ID", "weekly-s")
                + "recording:\n  2027-03-18: https://video.example.com/office-hours-0318\n");

        importer.importTree(fixture.root(), null);
        fixture.write("live/weekly-s.yaml", WEEKLY.replace("ID", "weekly-s")
                + "recording:\n  2027-03-18: https://video.example.com/office-hours-0318\n"
                + "  2027-03-25: https://video.example.com/office-hours-0325-early\n");
        importer.importTree(fixture.root(), null);

        assertThat(sessions("weekly-s")).extracting(LiveSession::recordingUrl).containsExactly(
                "https://video.example.com/office-hours-0318", "https://video.example.com/office-hours-0325-early",
                null);
        assertThat(notifications.recent(ada.id())).filteredOn(n -> n.subject().startsWith("Recording available"))
                .hasSize(1);
    }

    @Test
    void aRecordingForADateTheFileDoesNotHoldOrThatIsNoWebAddressIsAProblemAtItsLine() {
        ContentFixture fixture = ContentFixture.create()
                .write("live/weekly-t.yaml", WEEKLY.replace("ID", "weekly-t") + "skip: [2027-03-25]\n"
                        + "recording:\n  2027-03-25: https://video.example.com/skipped\n"
                        + "  2027-04-01: javascript:alert(1)\n  next week: https://video.example.com/x\n")
                .write("live/weekly-u.yaml", WEEKLY.replace("ID", "weekly-u")
                        + "recording: https://video.example.com/which-one\n");

        assertThatThrownBy(() -> importer.importTree(fixture.root(), null))
                .isInstanceOfSatisfying(ContentInvalidException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly(
                                "live/weekly-t.yaml:18: recording: 2027-03-25 is not the date of a session of this"
                                        + " file (2027-03-18, 2027-04-01)",
                                "live/weekly-t.yaml:19: recording: 2027-04-01 must be a web address starting with"
                                        + " https://, not 'javascript:alert(1)'",
                                "live/weekly-t.yaml:20: recording: 'next week' is not a date like 2027-03-16",
                                "live/weekly-u.yaml:16: recording: a series names the recording of each session by"
                                        + " its date, like '2027-03-18: https://video.example.com/which-one'"));
        assertThat(series.findBySourceId("weekly-t")).isEmpty();
        assertThat(series.findBySourceId("weekly-u")).isEmpty();
    }

    @Test
    void aBadFileIsRefusedWithEveryProblemAtItsLineAndNothingIsWritten() {
        ContentFixture fixture = ContentFixture.create().write("live/weekly-d.yaml", WEEKLY.replace("ID", "weekly-d")
                .replace("course: intro", "course: no-such-course")
                .replace("time-zone: Europe/Berlin", "time-zone: Europe/Atlantis")
                .replace("repeat: weekly", "repeat: fortnightly")
                .replace("seats: 40", "seats: 0")
                .replace("join-url: https://meet.example.com/office-hours", "join-url: javascript:alert(1)")
                + "room: 4.01\n");
        long sessionsBefore = rows.count();

        assertThatThrownBy(() -> importer.importTree(fixture.root(), null))
                .isInstanceOfSatisfying(ContentInvalidException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly(
                                "live/weekly-d.yaml:4: unknown course 'no-such-course'",
                                "live/weekly-d.yaml:6: unknown time zone 'Europe/Atlantis' (use an IANA name like"
                                        + " Europe/Berlin)",
                                "live/weekly-d.yaml:9: unknown repeat 'fortnightly' (use once, weekly, monthly-day"
                                        + " or monthly-weekday)",
                                "live/weekly-d.yaml:11: seats must be between 1 and 10000, not 0",
                                "live/weekly-d.yaml:15: join-url must be a web address starting with https://, not"
                                        + " 'javascript:alert(1)'",
                                "live/weekly-d.yaml:16: unknown key 'room'"));

        assertThat(rows.count()).isEqualTo(sessionsBefore);
        assertThat(series.findBySourceId("weekly-d")).isEmpty();
    }

    @Test
    void anInstructorWithoutAnAccountIsAProblemAtItsLineAndTheWholeImportIsTakenBack() {
        UserSummary coach = fixtures.user("Known Coach", Role.AUTHOR);
        long sessionsBefore = rows.count();
        ContentFixture fixture = ContentFixture.create().write("live/weekly-e.yaml", WEEKLY.replace("ID", "weekly-e")
                + "instructors:\n  - " + coach.email() + "\n  - nobody@nowhere.example\n");

        assertThatThrownBy(() -> importer.importTree(fixture.root(), null))
                .isInstanceOfSatisfying(ContentInvalidException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly("live/weekly-e.yaml:16: instructor"
                                + " 'nobody@nowhere.example' has no account on the platform"));

        assertThat(series.findBySourceId("weekly-e")).isEmpty();
        assertThat(rows.count()).isEqualTo(sessionsBefore);
    }

    @Test
    void aRenamedSeriesFileCancelsTheOldSeriesSessionsStillToComeTellsTheirPeopleOnceAndPlansTheNewId()
            throws Exception {
        String start = java.time.LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin")).minusDays(8)
                + "T16:00";
        ContentFixture fixture = ContentFixture.create().write("live/office-hours.yaml",
                WEEKLY.replace("ID", "office-hours").replace("start: 2027-03-18T16:00", "start: " + start));
        importer.importTree(fixture.root(), null);
        List<LiveSession> old = sessions("office-hours");
        UserSummary ana = fixtures.user("Ana Renamed", Role.LEARNER);
        registrations.register(ana.id(), old.get(2).id());
        java.nio.file.Files.delete(fixture.root().resolve("live/office-hours.yaml"));
        fixture.write("live/emea-office-hours.yaml", WEEKLY.replace("ID", "emea-office-hours")
                .replace("start: 2027-03-18T16:00", "start: " + start));

        importer.importTree(fixture.root(), null);
        importer.importTree(fixture.root(), null);

        assertThat(sessions("office-hours")).extracting(LiveSession::cancelled).containsExactly(false, false, true);
        assertThat(sessions("emea-office-hours")).hasSize(3).noneMatch(LiveSession::cancelled);
        List<NotificationRow> told = notifications.recent(ana.id()).stream()
                .filter(n -> n.subject().startsWith("Cancelled")).toList();
        assertThat(told).hasSize(1);
        net.fortuna.ical4j.model.Calendar cancellation = CalendarFilesTest.parseAndValidate(told.get(0).attachment());
        assertThat(cancellation.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(CalendarFilesTest.eventProperty(cancellation, Property.UID)).isEqualTo(old.get(2).uid());
        assertThat(series.findBySourceId("office-hours").orElseThrow().sourceHash()).isNull();

        fixture.write("live/office-hours.yaml", WEEKLY.replace("ID", "office-hours")
                .replace("start: 2027-03-18T16:00", "start: " + start));
        importer.importTree(fixture.root(), null);

        assertThat(sessions("office-hours")).extracting(LiveSession::cancelled)
                .containsExactlyInAnyOrder(false, false, true, false);
    }

    @Test
    void theShippedSessionFilesImportWithTheShippedCatalog() {
        ImportReport report = importer.importTree(ProjectDir.get().resolve("content"), null);

        assertThat(report.sessionsTotal()).isGreaterThanOrEqualTo(2);
        assertThat(sessions("practitioner-live-sales-training")).hasSize(4)
                .allSatisfy(s -> assertThat(s.courseId()).isEqualTo("demo-delivery"));
        assertThat(sessions("monthly-product-update")).hasSize(12);
    }

    private List<LiveSession> sessions(String sourceId) {
        long seriesId = series.findBySourceId(sourceId).orElseThrow().id();
        return rows.findAllNewestFirst().stream().filter(s -> s.seriesId() != null && s.seriesId() == seriesId)
                .sorted(Comparator.comparing(LiveSession::startsAt)).toList();
    }
}
