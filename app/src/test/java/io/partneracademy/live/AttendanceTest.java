package io.partneracademy.live;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.catalog.RequirementKind;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import io.partneracademy.web.ConflictException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attendance marked and imported after a session, reminders before it, and the path requirement it completes. */
@MicronautTest(transactional = false)
class AttendanceTest extends DatabaseTest {

    @Inject
    Attendance attendance;
    @Inject
    Registrations registrations;
    @Inject
    LiveSessions sessions;
    @Inject
    RegistrationRepository rows;
    @Inject
    LiveFixture live;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    ContentImporter importer;
    @Inject
    PathRules paths;
    @Inject
    LiveRequirementCheck requirement;
    @Inject
    LiveReminders reminders;
    @Inject
    Notifications notifications;

    @BeforeAll
    void importContentWithALivePath() {
        importer.importTree(ContentFixture.create().write("paths/live-path.yaml", """
                id: live-path
                title: Live Path
                level: FOUNDATION
                description: Needs one live session.
                courses:
                  - intro
                live-sessions:
                  - intro
                validity-months: 12
                """).root(), null);
    }

    @Test
    void aReportWithAnUnregisteredPersonRecordsNothingUntilTheInstructorConfirms() {
        long session = live.session("Import me", Duration.ofHours(2), "UTC", 10);
        UserSummary ana = fixtures.user("Ana Attends", Role.LEARNER);
        UserSummary bo = fixtures.user("Bo Absent", Role.LEARNER);
        registrations.register(ana.id(), session);
        registrations.register(bo.id(), session);
        clock.advance(Duration.ofHours(4));
        byte[] report = ("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"
                + "Ana Attends," + ana.email() + ",10:00,11:00,60\n"
                + "Stranger,stranger@example.com,10:00,11:00,60\n").getBytes(StandardCharsets.UTF_8);

        Attendance.ImportOutcome first = attendance.importReport(live.author(), session, report, 30, false);

        assertThat(first.recorded()).isFalse();
        assertThat(first.problems()).extracting(p -> p.line() + ": " + p.message())
                .containsExactly("3: stranger@example.com is not registered for this session");
        assertThat(rows.findBySessionIdAndUserId(session, ana.id()).orElseThrow().attended()).isNull();

        Attendance.ImportOutcome confirmed = attendance.importReport(live.author(), session, report, 30, true);

        assertThat(confirmed.recorded()).isTrue();
        assertThat(rows.findBySessionIdAndUserId(session, ana.id()).orElseThrow().attended()).isTrue();
        assertThat(rows.findBySessionIdAndUserId(session, ana.id()).orElseThrow().attendedMinutes()).isEqualTo(60);
        assertThat(rows.findBySessionIdAndUserId(session, bo.id()).orElseThrow().attended()).isFalse();
    }

    @Test
    void anUnreadableReportIsNeverRecordedEvenWhenConfirmed() {
        long session = live.session("Unreadable", Duration.ofHours(1), "UTC", 10);
        UserSummary ana = fixtures.user("Ana Unread", Role.LEARNER);
        registrations.register(ana.id(), session);
        clock.advance(Duration.ofHours(2));
        byte[] unknownColumns = ("Who,Mail,Time\nAna," + ana.email() + ",45\n").getBytes(StandardCharsets.UTF_8);

        Attendance.ImportOutcome outcome = attendance.importReport(live.author(), session, unknownColumns, 30, true);

        assertThat(outcome.recorded()).isFalse();
        assertThat(rows.findBySessionIdAndUserId(session, ana.id()).orElseThrow().attended()).isNull();
    }

    @Test
    void attendanceCannotBeRecordedBeforeTheStart() {
        long session = live.session("Too early", Duration.ofDays(1), "UTC", 10);

        assertThatThrownBy(() -> attendance.mark(live.author(), session, List.of()))
                .isInstanceOf(ConflictException.class).hasMessage("live.attendance.not-started");
    }

    @Test
    void attendingASessionOfTheCourseCompletesTheLiveRequirementOfThePath() {
        long session = sessions.create(live.author(), live.form("Intro live", Duration.ofHours(1), "Europe/Berlin", 5,
                null, "intro", 1));
        UserSummary cleo = fixtures.user("Cleo Complete", Role.LEARNER);
        UserSummary dan = fixtures.user("Dan Dropout", Role.LEARNER);
        registrations.register(cleo.id(), session);
        registrations.register(dan.id(), session);
        assertThat(paths.rule("live-path").orElseThrow().requirements()).containsEntry(RequirementKind.LIVE, List.of("intro"));
        assertThat(requirement.incomplete(cleo.id(), List.of("intro"))).containsExactly("intro");
        clock.advance(Duration.ofHours(2));

        attendance.mark(live.author(), session, List.of(cleo.id()));

        assertThat(requirement.incomplete(cleo.id(), List.of("intro"))).isEmpty();
        assertThat(requirement.incomplete(dan.id(), List.of("intro"))).containsExactly("intro");
    }

    @Test
    void remindersGoOutOnceADayAndOnceAnHourBefore() {
        long session = live.session("Remind me", Duration.ofHours(30), "Asia/Tokyo", 10);
        UserSummary eve = fixtures.user("Eve Early", Role.LEARNER);
        registrations.register(eve.id(), session);

        int tooEarly = reminders.send();
        clock.advance(Duration.ofHours(7));
        int day = reminders.send();
        int dayAgain = reminders.send();
        clock.advance(Duration.ofHours(22).plusMinutes(30));
        int hour = reminders.send();
        int hourAgain = reminders.send();

        assertThat(List.of(tooEarly, day, dayAgain, hour, hourAgain)).containsExactly(0, 1, 0, 1, 0);
        assertThat(notifications.recent(eve.id())).extracting(NotificationRow::subject)
                .contains("Reminder: Remind me starts in 24 hours", "Reminder: Remind me starts in 1 hour");
    }
}
