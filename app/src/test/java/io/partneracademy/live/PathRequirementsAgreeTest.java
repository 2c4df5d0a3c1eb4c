package io.partneracademy.live;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.catalog.RequirementKind;
import io.partneracademy.catalog.Requirements;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.certification.CertificationViews;
import io.partneracademy.certification.Certifications;
import io.partneracademy.learning.PathViews;
import io.partneracademy.learning.Paths;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path page, certification and the requirement rule answer "what is still missing" the same way (issue 17: one
 * definition of progress): a learner who finished the course and passed the exam but has neither attended the live
 * session nor watched its recording sees exactly that one thing missing and holds no certification; watching the
 * recording empties the list and issues the certification in the same step.
 */
@MicronautTest(transactional = false)
class PathRequirementsAgreeTest extends DatabaseTest {

    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    Learning learning;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    LiveSessions sessions;
    @Inject
    LiveFixture live;
    @Inject
    Replays replays;
    @Inject
    Paths paths;
    @Inject
    PathRules rules;
    @Inject
    Requirements requirements;
    @Inject
    Certifications certifications;

    @BeforeAll
    void importABasicsPathThatAlsoAsksForTheLiveSessionOrItsRecording() {
        contentImporter.importTree(ContentFixture.create().replace("paths/basics.yaml", "validity-months: 12",
                "exam: quiz\nlive-sessions-or-recording:\n  - intro\nvalidity-months: 12").root(), null);
        examImporter.importTree(ExamFixture.create());
    }

    @Test
    void thePathPageAndCertificationWaitForTheSameMissingRecordingAndAgreeOnceItIsWatched() {
        CurrentUser learner = Learning.learner(fixtures.user("Rhea Replay", Role.LEARNER));
        SessionForm f = live.form("Intro live", Duration.ofHours(1), "UTC", 5, null, "intro", 1);
        long session = sessions.create(live.author(), new SessionForm(f.title(), f.description(), "intro", null,
                f.startsAt(), f.endsAt(), "UTC", 5, f.minTier(), List.of(), "", "", f.joinUrl(),
                "https://recordings.example.com/intro-live", "", 1));

        learning.completeBasics(learner);

        PathViews.PathCard before = paths.path(learner, "basics");
        assertThat(before.missing()).extracting(PathViews.Missing::kind, PathViews.Missing::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("live-or-recording", "intro"));
        assertThat(requirements.missing(learner.id(), rules.rule("basics").orElseThrow()))
                .isEqualTo(Map.of(RequirementKind.LIVE_OR_REPLAY, List.of("intro")));
        assertThat(certifications.held(learner.id())).isEmpty();

        clock.advance(Duration.ofHours(3));
        replays.watch(learner.id(), session);

        PathViews.PathCard after = paths.path(learner, "basics");
        assertThat(after.missing()).isEmpty();
        assertThat(after.certifiedUntil()).isNotNull();
        assertThat(requirements.missing(learner.id(), rules.rule("basics").orElseThrow())).isEmpty();
        assertThat(certifications.held(learner.id())).extracting(CertificationViews.Held::pathId).containsExactly("basics");
    }
}
