package io.partneracademy.live;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.catalog.RequirementKind;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import io.partneracademy.web.NotFoundException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening a session's recording counts toward "attend or watch the recording", and only toward that kind. */
@MicronautTest(transactional = false)
class ReplayTest extends DatabaseTest {

    @Inject
    Replays replays;
    @Inject
    LiveSessions sessions;
    @Inject
    TeamSessions team;
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
    ReplayRequirementCheck replayRequirement;
    @Inject
    LiveRequirementCheck liveRequirement;
    @Inject
    Attendance attendance;
    @Inject
    Registrations registrations;

    @BeforeAll
    void importAPathThatAcceptsRecordings() {
        importer.importTree(ContentFixture.create().write("paths/replay-path.yaml", """
                id: replay-path
                title: Replay Path
                level: FOUNDATION
                description: A live session of intro, or its recording.
                courses:
                  - intro
                live-sessions-or-recording:
                  - intro
                validity-months: 12
                """).root(), null);
    }

    @Test
    void openingTheRecordingAfterTheSessionCompletesARequirementThatAllowsRecordingsButNotAStrictOne() {
        long session = recorded("Intro webinar", null);
        UserSummary viewer = fixtures.user("Vera Viewer", Role.LEARNER);
        assertThat(paths.rule("replay-path").orElseThrow().requirements())
                .containsEntry(RequirementKind.LIVE_OR_REPLAY, List.of("intro"));
        assertThat(replayRequirement.incomplete(viewer.id(), List.of("intro"))).containsExactly("intro");
        clock.advance(Duration.ofHours(3));

        String target = replays.watch(viewer.id(), session);

        assertThat(target).isEqualTo("https://recordings.example.com/intro-webinar");
        assertThat(replayRequirement.incomplete(viewer.id(), List.of("intro"))).isEmpty();
        assertThat(liveRequirement.incomplete(viewer.id(), List.of("intro"))).containsExactly("intro");
    }

    @Test
    void recordedAttendanceAlsoCompletesARequirementThatAllowsRecordings() {
        long session = sessions.create(live.author(), live.form("Intro live", Duration.ofHours(1), "UTC", 5, null,
                "intro", 1));
        UserSummary attendee = fixtures.user("Attila Attendee", Role.LEARNER);
        registrations.register(attendee.id(), session);
        clock.advance(Duration.ofHours(2));

        attendance.mark(live.author(), session, List.of(attendee.id()));

        assertThat(replayRequirement.incomplete(attendee.id(), List.of("intro"))).isEmpty();
    }

    @Test
    void thereIsNothingToWatchBeforeTheSessionEndsNorForSomeoneTheSessionDoesNotAdmit() {
        long early = recorded("Not over yet", null);
        long gold = recorded("Gold only", Tier.GOLD);
        UserSummary viewer = fixtures.employee(fixtures.partner("Silver Replays"), "Impatient Ivo", Role.LEARNER);

        assertThatThrownBy(() -> replays.watch(viewer.id(), early)).isInstanceOf(NotFoundException.class)
                .hasMessage("live.recording-not-found");
        clock.advance(Duration.ofHours(3));
        assertThatThrownBy(() -> replays.watch(viewer.id(), gold)).isInstanceOf(NotFoundException.class)
                .hasMessage("live.not-found");
        assertThat(replayRequirement.incomplete(viewer.id(), List.of("intro"))).containsExactly("intro");
    }

    /** A one-hour session of the intro course starting in an hour, with a recording link filled in already. */
    private long recorded(String title, Tier minTier) {
        SessionForm f = live.form(title, Duration.ofHours(1), "UTC", 5, minTier, "intro", 1);
        return sessions.create(live.author(), new SessionForm(f.title(), f.description(), "intro", null, f.startsAt(),
                f.endsAt(), "UTC", 5, f.minTier(), List.<PartnerType>of(), "", "", f.joinUrl(),
                "https://recordings.example.com/" + title.toLowerCase().replace(' ', '-'), "", 1));
    }
}
