package io.partneracademy.live;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner manager sees attendance and no-show rates of their partners' people, from recorded attendance only. */
@MicronautTest(transactional = false)
class AttendanceStatsTest extends DatabaseTest {

    @Inject
    AttendanceStats stats;
    @Inject
    Attendance attendance;
    @Inject
    Registrations registrations;
    @Inject
    LiveFixture live;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void ratesPerPartnerAndPersonCountOnlyRecordedSessions() {
        Partner partner = fixtures.partner("Rates Inc");
        UserSummary ann = fixtures.employee(partner, "Ann Always", Role.LEARNER);
        UserSummary bob = fixtures.employee(partner, "Bob Sometimes", Role.LEARNER);
        UserSummary manager = fixtures.user("Mona Manager", Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        long first = live.session("First", Duration.ofHours(1), "UTC", 10);
        long second = live.session("Second", Duration.ofHours(2), "UTC", 10);
        long unrecorded = live.session("Unrecorded", Duration.ofHours(2), "UTC", 10);
        for (long session : List.of(first, second, unrecorded)) {
            registrations.register(ann.id(), session);
            registrations.register(bob.id(), session);
        }
        clock.advance(Duration.ofHours(3));

        attendance.mark(live.author(), first, List.of(ann.id(), bob.id()));
        attendance.mark(live.author(), second, List.of(ann.id()));
        AttendanceStats.Page page = stats.page(new CurrentUser(manager.id(), manager.email(), manager.displayName(),
                Set.of(Role.PARTNER_MANAGER)), partner.id());

        assertThat(page.partners()).singleElement().satisfies(p -> {
            assertThat(p.attended()).isEqualTo(3);
            assertThat(p.noShows()).isEqualTo(1);
            assertThat(p.attendanceRate()).isEqualTo(75);
            assertThat(p.noShowRate()).isEqualTo(25);
        });
        assertThat(page.people()).extracting(AttendanceStats.Line::name, AttendanceStats.Line::noShowRate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann Always", 0),
                        org.assertj.core.groups.Tuple.tuple("Bob Sometimes", 50));
    }
}
