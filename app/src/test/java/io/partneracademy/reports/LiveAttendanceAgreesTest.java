package io.partneracademy.reports;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.live.Attendance;
import io.partneracademy.live.AttendanceStats;
import io.partneracademy.live.LiveSessions;
import io.partneracademy.live.Registrations;
import io.partneracademy.live.SessionForm;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerForm;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program report and live's own attendance page count recorded attendance by one rule (live's view, issue 17):
 * a seat holder whose attendance was recorded attended or was a no-show; a place in line, a seat given up and a
 * session not yet recorded count as neither. The per-partner and per-session tables of the report and the partner
 * manager's totals agree.
 */
@MicronautTest(transactional = false)
class LiveAttendanceAgreesTest extends DatabaseTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Partners partners;
    @Inject
    LiveSessions sessions;
    @Inject
    Registrations registrations;
    @Inject
    Attendance attendance;
    @Inject
    AttendanceStats stats;
    @Inject
    ProgramReport program;
    @Inject
    TestClock clock;

    @Test
    void theProgramReportAndThePartnerManagersPageCountTheSameSeats() {
        Partner partner = partners.create(new PartnerForm("Agreeing Seats Ltd", PartnerType.RESELLER, "EMEA",
                LocalDate.of(2024, 1, 15), Tier.GOLD));
        UserSummary ann = fixtures.employee(partner, "Ann Attends", Role.LEARNER);
        UserSummary bob = fixtures.employee(partner, "Bob Sometimes", Role.LEARNER);
        UserSummary cy = fixtures.employee(partner, "Cy Waitlisted", Role.LEARNER);
        UserSummary dee = fixtures.employee(partner, "Dee Gives Up", Role.LEARNER);
        UserSummary manager = fixtures.user("Mo Manager", Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        CurrentUser adminUser = new CurrentUser(admin.id(), admin.email(), admin.displayName(), Set.of(Role.ADMIN));
        long small = session(adminUser, "Small room", 3, 2);
        long large = session(adminUser, "Large room", 4, 10);
        long unrecorded = session(adminUser, "Not recorded yet", 5, 10);
        List.of(ann, bob, cy).forEach(u -> registrations.register(u.id(), small));
        List.of(ann, bob, dee).forEach(u -> registrations.register(u.id(), large));
        registrations.register(ann.id(), unrecorded);
        registrations.cancel(dee.id(), large);
        clock.advance(Duration.ofHours(8));
        AttendanceStats.Totals totals;
        Table perPartner;
        Table perSession;
        try {
            attendance.mark(adminUser, small, List.of(ann.id()));
            attendance.mark(adminUser, large, List.of(ann.id(), bob.id()));

            totals = stats.totals(new CurrentUser(manager.id(), manager.email(), manager.displayName(),
                    Set.of(Role.PARTNER_MANAGER)), partner.id());
            ProgramFilter filter = new ProgramFilter(ProgramFilter.Period.ALL, null, "EMEA");
            perPartner = program.table(adminUser, filter, LiveSection.ID);
            perSession = program.table(adminUser, filter, LiveSessionsSection.ID);
        } finally {
            clock.advance(Duration.ofHours(-8));
        }

        assertThat(totals).isEqualTo(new AttendanceStats.Totals(3, 1));
        assertThat(perPartner.rows()).containsExactly(
                List.of("Agreeing Seats Ltd", "Gold", "3", "1", "75%", "25%"),
                List.of("Total", "—", "3", "1", "75%", "25%"));
        assertThat(perSession.rows()).extracting(r -> List.of(r.get(0), r.get(2), r.get(3)))
                .containsExactly(List.of("Small room", "1", "1"), List.of("Large room", "2", "0"),
                        List.of("Total", "3", "1"));
    }

    /** A one-hour session starting the given hours from now, with the seats. */
    private long session(CurrentUser author, String title, int inHours, int seats) {
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(inHours)), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES);
        return sessions.create(author, new SessionForm(title, "Practice.", null, null, start.toString(),
                start.plusHours(1).toString(), "UTC", seats, null, List.of(), "", "",
                "https://meet.example.com/" + title.replaceAll("\\W", ""), "", "", 1));
    }
}
