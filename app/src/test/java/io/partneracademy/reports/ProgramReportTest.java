package io.partneracademy.reports;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.catalog.Courses;
import io.partneracademy.catalog.PathEnrolments;
import io.partneracademy.certification.Certifications;
import io.partneracademy.exams.Attempts;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerForm;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The program view's numbers, computed from people who enrol, learn, sit exams and get certified. */
@MicronautTest(transactional = false)
class ProgramReportTest extends DatabaseTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    TestClock clock;
    @Inject
    Partners partners;
    @Inject
    People people;
    @Inject
    PathEnrolments paths;
    @Inject
    Courses courses;
    @Inject
    Attempts attempts;
    @Inject
    Certifications certifications;
    @Inject
    ProgramReport report;
    @Inject
    io.partneracademy.authoring.ExamImporter examImporter;
    @Inject
    io.partneracademy.live.LiveSessions liveSessions;
    @Inject
    io.partneracademy.live.Registrations registrations;
    @Inject
    io.partneracademy.live.Attendance attendance;

    private CurrentUser admin;

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics(java.util.Map.of("paths/clinic.yaml", """
                id: clinic
                title: Clinic Specialization
                level: SPECIALIZATION
                description: An industry track after the basics.
                prerequisite: basics
                courses:
                  - intro
                exam: clinic-quiz
                validity-months: 24
                """));
        examImporter.importTree(ExamFixture.addExam(ExamFixture.create(), "clinic-quiz", "clinic"));
        UserSummary a = fixtures.user("Ada Admin", Role.ADMIN);
        admin = new CurrentUser(a.id(), a.email(), a.displayName(), Set.of(Role.ADMIN));
    }

    @Test
    void completionsShowPassingRateAndAverageScoreOfGradedAttempts() {
        Partner partner = partner(Tier.GOLD);
        certify(enrolled(partner, "Ann Passes"));
        certify(enrolled(partner, "Ben Passes"));
        CurrentUser cat = enrolled(partner, "Cat Fails");
        learning.completeIntro(cat);
        fail(cat);

        Table table = table(partner, CompletionsSection.ID);

        assertThat(table.rows()).containsExactly(
                List.of("Foundation", "2", "3", "67%", "75%"),
                List.of("Practitioner", "0", "0", "—", "—"),
                List.of("Architect", "0", "0", "—", "—"),
                List.of("Specialization", "0", "0", "—", "—"),
                List.of("Total", "2", "3", "67%", "75%"));
    }

    @Test
    void funnelCountsEnrolledTrainedAndCertified() {
        Partner partner = partner(Tier.SILVER);
        certify(enrolled(partner, "Dan Certified"));
        learning.completeIntro(enrolled(partner, "Eve Trained"));
        courses.complete(enrolled(partner, "Fay Started"), "intro", "welcome");
        enrolled(partner, "Gus Enrolled");

        Table table = table(partner, FunnelSection.ID);

        assertThat(table.rows().get(0)).containsExactly("Foundation", "4", "2", "50%", "1", "25%");
        assertThat(table.rows().get(3)).containsExactly("Specialization", "0", "0", "—", "0", "—");
        assertThat(table.rows().get(4)).containsExactly("Total", "4", "2", "50%", "1", "25%");
    }

    @Test
    void tierStatusLeavesOutRevokedCertificationsAndCountsMoversAtTheirNewEmployer() {
        String region = region();
        Partner gold = partner(Tier.GOLD, region);
        Partner silver = partner(Tier.SILVER, region);
        certify(enrolled(gold, "Hal Holder"));
        CurrentUser revoked = enrolled(gold, "Ida Revoked");
        certify(revoked);
        certifications.revoke(admin, certifications.transcript(revoked, revoked.id()).get(0).credentialId(), "test");
        CurrentUser mover = enrolled(gold, "Jon Mover");
        certify(mover);
        people.employ(mover.id(), silver.id(), "Engineer", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));

        Table table = report.table(admin, new ProgramFilter(ProgramFilter.Period.ALL, null, region), TierSection.ID);

        assertThat(table.rows()).containsExactly(
                List.of("Platinum", "0", "—", "0", "0", "0", "0"),
                List.of("Gold", "1", "1.0", "1", "0", "0", "0"),
                List.of("Silver", "1", "1.0", "1", "0", "0", "0"),
                List.of("Registered", "0", "—", "0", "0", "0", "0"));
    }

    @Test
    void tierStatusLeavesOutExpiredCertificationsAndTheTierFilterSelectsTheEmployer() {
        String region = region();
        Partner gold = partner(Tier.GOLD, region);
        certify(enrolled(gold, "Kim Expires"));
        ProgramFilter goldOnly = new ProgramFilter(ProgramFilter.Period.ALL, Tier.GOLD, region);
        assertThat(report.table(admin, goldOnly, TierSection.ID).rows().get(1)).containsExactly(
                "Gold", "1", "1.0", "1", "0", "0", "0");

        clock.advance(Duration.ofDays(366));

        assertThat(report.table(admin, goldOnly, TierSection.ID).rows().get(1)).containsExactly(
                "Gold", "1", "0.0", "0", "0", "0", "0");
        assertThat(report.table(admin, new ProgramFilter(ProgramFilter.Period.ALL, Tier.PLATINUM, region),
                CompletionsSection.ID).rows().get(4)).containsExactly("Total", "0", "0", "—", "—");
    }

    @Test
    void specializationsHaveARowInTheFunnelAndVelocityAndAColumnInTheTierTable() {
        String region = region();
        Partner partner = partner(Tier.GOLD, region);
        CurrentUser ana = enrolled(partner, "Ana Specialist");
        certify(ana);
        paths.enrol(ana, "clinic");
        CurrentUser bo = enrolled(partner, "Bo Starting");
        certify(bo);
        paths.enrol(bo, "clinic");
        clock.advance(Duration.ofDays(3));
        learning.pass(ana, "clinic-quiz");
        ProgramFilter filter = new ProgramFilter(ProgramFilter.Period.ALL, null, region);

        Table funnel = report.table(admin, filter, FunnelSection.ID);
        Table velocity = report.table(admin, filter, VelocitySection.ID);
        Table tiers = report.table(admin, filter, TierSection.ID);

        assertThat(funnel.rows().get(3)).containsExactly("Specialization", "2", "2", "100%", "1", "50%");
        assertThat(funnel.rows().get(4)).containsExactly("Total", "4", "4", "100%", "3", "75%");
        assertThat(velocity.rows().get(3)).containsExactly("Specialization", "1", "3.0", "3.0", "100%", "met");
        assertThat(tiers.headers()).endsWith("Architect", "Specializations");
        assertThat(tiers.rows().get(1)).containsExactly("Gold", "1", "2.0", "2", "0", "0", "1");
    }

    @Test
    void velocityMeasuresWholeDaysFromEnrolmentToFirstCertification() {
        Partner partner = partner(Tier.GOLD);
        CurrentUser quick = enrolled(partner, "Lea Quick");
        CurrentUser slow = enrolled(partner, "Max Slow");
        clock.advance(Duration.ofDays(10));
        certify(quick);
        clock.advance(Duration.ofDays(30));
        certify(slow);
        CurrentUser third = enrolled(partner, "Ned Third");
        clock.advance(Duration.ofDays(5));
        certify(third);

        Table table = table(partner, VelocitySection.ID);

        assertThat(table.rows().get(0)).containsExactly("Foundation", "3", "10.0", "18.3", "67%", "met");
        assertThat(table.rows().get(1)).containsExactly("Practitioner", "0", "—", "—", "—", "—");
        assertThat(table.rows().get(3)).containsExactly("Specialization", "0", "—", "—", "—", "—");
        assertThat(table.rows().get(4)).containsExactly("Total", "3", "10.0", "18.3", "67%", "met");
    }

    @Test
    void liveSessionsShowAttendanceAndNoShowRatesPerPartnerAndInTotal() {
        String region = region();
        Partner gold = partner(Tier.GOLD, region);
        Partner silver = partner(Tier.SILVER, region);
        UserSummary g1 = fixtures.employee(gold, "Gia Attends", Role.LEARNER);
        UserSummary g2 = fixtures.employee(gold, "Gus Attends", Role.LEARNER);
        UserSummary g3 = fixtures.employee(gold, "Gil Misses", Role.LEARNER);
        UserSummary s1 = fixtures.employee(silver, "Sam Misses", Role.LEARNER);
        fixtures.employee(silver, "Sue Never Registered", Role.LEARNER);
        java.time.LocalDateTime start = java.time.LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)),
                ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        long session = liveSessions.create(admin, new io.partneracademy.live.SessionForm("Program live",
                "Practice.", null, null, start.toString(), start.plusHours(1).toString(), "UTC", 10, null, List.of(),
                "", "", "https://meet.example.com/program-live", "", "", 1));
        List.of(g1, g2, g3, s1).forEach(u -> registrations.register(u.id(), session));
        clock.advance(Duration.ofHours(3));
        Table table;
        Table silverOnly;
        try {
            attendance.mark(admin, session, List.of(g1.id(), g2.id()));

            table = report.table(admin, new ProgramFilter(ProgramFilter.Period.ALL, null, region), LiveSection.ID);
            silverOnly = report.table(admin, new ProgramFilter(ProgramFilter.Period.ALL, Tier.SILVER, region),
                    LiveSection.ID);
        } finally {
            clock.advance(Duration.ofHours(-3));
        }

        assertThat(table.rows()).containsExactlyInAnyOrder(
                List.of(gold.name(), "Gold", "2", "1", "67%", "33%"),
                List.of(silver.name(), "Silver", "0", "1", "0%", "100%"),
                List.of("Total", "—", "2", "2", "50%", "50%"));
        assertThat(table.rows().get(table.rows().size() - 1).get(0)).isEqualTo("Total");
        assertThat(silverOnly.rows()).extracting(r -> r.get(0)).containsExactly(silver.name(), "Total");
    }

    @Test
    void liveSessionsShowAttendanceAndNoShowRatesPerSessionWithTheSameTotalAsPerPartner() {
        String region = region();
        Partner gold = partner(Tier.GOLD, region);
        Partner silver = partner(Tier.SILVER, region);
        UserSummary g1 = fixtures.employee(gold, "Gina Twice", Role.LEARNER);
        UserSummary g2 = fixtures.employee(gold, "Gabe Once", Role.LEARNER);
        UserSummary s1 = fixtures.employee(silver, "Sid Once", Role.LEARNER);
        java.time.LocalDateTime start = java.time.LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)),
                ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        long morning = liveSessions.create(admin, new io.partneracademy.live.SessionForm("Morning clinic",
                "Practice.", null, null, start.toString(), start.plusHours(1).toString(), "UTC", 10, null, List.of(),
                "", "", "https://meet.example.com/morning", "", "", 1));
        long evening = liveSessions.create(admin, new io.partneracademy.live.SessionForm("Evening clinic",
                "Practice.", null, null, start.plusHours(2).toString(), start.plusHours(3).toString(), "UTC", 10, null,
                List.of(), "", "", "https://meet.example.com/evening", "", "", 1));
        List.of(g1, g2).forEach(u -> registrations.register(u.id(), morning));
        List.of(g1, s1).forEach(u -> registrations.register(u.id(), evening));
        clock.advance(Duration.ofHours(5));
        Table perSession;
        Table perPartner;
        Table silverOnly;
        try {
            attendance.mark(admin, morning, List.of(g1.id()));
            attendance.mark(admin, evening, List.of(g1.id(), s1.id()));

            ProgramFilter filter = new ProgramFilter(ProgramFilter.Period.ALL, null, region);
            perSession = report.table(admin, filter, LiveSessionsSection.ID);
            perPartner = report.table(admin, filter, LiveSection.ID);
            silverOnly = report.table(admin, new ProgramFilter(ProgramFilter.Period.ALL, Tier.SILVER, region),
                    LiveSessionsSection.ID);
        } finally {
            clock.advance(Duration.ofHours(-5));
        }

        assertThat(perSession.headers()).containsExactly("Session", "Starts", "Attended", "No-shows",
                "Attendance rate", "No-show rate");
        assertThat(perSession.rows()).extracting(r -> List.of(r.get(0), r.get(2), r.get(3), r.get(4), r.get(5)))
                .containsExactly(List.of("Morning clinic", "1", "1", "50%", "50%"),
                        List.of("Evening clinic", "2", "0", "100%", "0%"),
                        List.of("Total", "3", "1", "75%", "25%"));
        assertThat(perSession.rows().get(0).get(1)).endsWith("UTC").contains(String.valueOf(start.getYear()));
        assertThat(perPartner.rows().get(perPartner.rows().size() - 1)).containsExactly("Total", "—", "3", "1", "75%",
                "25%");
        assertThat(silverOnly.rows()).extracting(r -> List.of(r.get(0), r.get(2), r.get(3)))
                .containsExactly(List.of("Evening clinic", "1", "0"), List.of("Total", "1", "0"));
    }

    private Table table(Partner partner, String id) {
        return report.table(admin, new ProgramFilter(ProgramFilter.Period.ALL, null, partner.region()), id);
    }

    private Partner partner(Tier tier) {
        return partner(tier, region());
    }

    private Partner partner(Tier tier, String region) {
        return partners.create(new PartnerForm("Partner " + UUID.randomUUID(), PartnerType.RESELLER, region,
                LocalDate.of(2024, 1, 15), tier));
    }

    /** A region of its own, so each test reads only the people it made. */
    private static String region() {
        return "R-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private CurrentUser enrolled(Partner partner, String name) {
        CurrentUser learner = Learning.learner(fixtures.employee(partner, name, Role.LEARNER));
        paths.enrol(learner, "basics");
        return learner;
    }

    private void certify(CurrentUser learner) {
        learning.completeBasics(learner);
    }

    /** Sits the exam with one answer in four right: 25%, below the pass mark of 50%. */
    private void fail(CurrentUser learner) {
        long attempt = attempts.start(learner, "quiz");
        for (int position = 0; position < 4; position++) {
            attempts.save(learner, attempt, position, position == 0 ? "r" : "w", false);
        }
        attempts.submit(learner, attempt);
    }
}
