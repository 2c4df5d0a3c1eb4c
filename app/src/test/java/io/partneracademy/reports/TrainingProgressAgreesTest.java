package io.partneracademy.reports;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.catalog.PathEnrolments;
import io.partneracademy.learning.Paths;
import io.partneracademy.live.Attendance;
import io.partneracademy.live.LiveSessions;
import io.partneracademy.live.Registrations;
import io.partneracademy.live.SessionForm;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerForm;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program funnel's "trained", the team page's percent and the learner's own path page follow one definition of
 * progress (catalog's Requirements, issue 17): on a path that asks for its course and for attending the course's live
 * session (or watching the recording), a learner who finished the course but missed the session is half way and not
 * trained on all three. Before, the funnel's own SQL counted only courses and labs, and the team page weighed
 * lessons and lab tasks instead of requirements.
 */
@MicronautTest(transactional = false)
class TrainingProgressAgreesTest extends DatabaseTest {

    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    TestClock clock;
    @Inject
    Partners partners;
    @Inject
    PathEnrolments enrolments;
    @Inject
    Paths paths;
    @Inject
    EmbeddedServer server;
    @Inject
    ProgramReport program;
    @Inject
    LiveSessions sessions;
    @Inject
    Registrations registrations;
    @Inject
    Attendance attendance;

    private CurrentUser admin;

    @BeforeAll
    void importABasicsPathThatAlsoAsksForTheLiveSession() {
        contentImporter.importTree(ContentFixture.create().replace("paths/basics.yaml", "validity-months: 12",
                "exam: quiz\nlive-sessions-or-recording:\n  - intro\nvalidity-months: 12").root(), null);
        examImporter.importTree(ExamFixture.create());
        UserSummary a = fixtures.user("Ada Admin", Role.ADMIN);
        admin = new CurrentUser(a.id(), a.email(), a.displayName(), Set.of(Role.ADMIN));
    }

    @Test
    void aLearnerWhoMissedTheSessionIsHalfWayAndNotTrainedOnEveryPageUntilAttendanceIsRecorded() {
        String region = "R-" + UUID.randomUUID().toString().substring(0, 8);
        Partner partner = partners.create(new PartnerForm("Live partner " + region, PartnerType.RESELLER, region,
                LocalDate.of(2024, 1, 15), Tier.SILVER));
        CurrentUser learner = Learning.learner(fixtures.employee(partner, "Rory Session", Role.LEARNER));
        enrolments.enrol(learner, "basics");
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES);
        long session = sessions.create(admin, new SessionForm("Intro live", "Walk through the intro.", "intro", null,
                start.toString(), start.plusHours(1).toString(), "UTC", 10, null, List.of(), "", "",
                "https://meet.example.com/intro-live", "", "", 1));
        registrations.register(learner.id(), session);

        learning.completeIntro(learner);

        assertThat(paths.path(learner, "basics").percent()).isEqualTo(50);
        assertThat(teamCell(partner)).contains("50% of training");
        assertThat(funnel(region)).containsExactly("Foundation", "1", "0", "0%", "0", "0%");

        clock.advance(Duration.ofHours(3));
        try {
            attendance.mark(admin, session, List.of(learner.id()));

            assertThat(paths.path(learner, "basics").percent()).isEqualTo(100);
            assertThat(teamCell(partner)).contains("100% of training");
            assertThat(funnel(region)).containsExactly("Foundation", "1", "1", "100%", "0", "0%");
        } finally {
            clock.advance(Duration.ofHours(-3));
        }
    }

    /** The learner's cell in the Basics Path column of the team page, as the partner's manager reads it. */
    private String teamCell(Partner partner) {
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        Browser.Page page = browser.get("/tiers/partners/" + partner.id());
        int column = page.html().select("table.team thead th").eachText().indexOf("Basics Path");
        Element row = page.html().select("table.team tbody tr").stream()
                .filter(r -> r.text().contains("Rory Session")).findFirst().orElseThrow();
        return row.select("th, td").get(column).text();
    }

    private List<String> funnel(String region) {
        return program.table(admin, new ProgramFilter(ProgramFilter.Period.ALL, null, region), FunnelSection.ID)
                .rows().get(0);
    }
}
