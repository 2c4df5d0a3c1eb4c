package io.partneracademy.live;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.web.ConflictException;
import io.partneracademy.web.NotFoundException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seats, the waitlist, the cut-off and who may attend, as a learner meets them. */
@MicronautTest(transactional = false)
class RegistrationTest extends DatabaseTest {

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
    Notifications notifications;
    @Inject
    TeamSessions team;

    @Test
    void aFreedSeatGoesToTheFirstInLineWhoIsTold() {
        long session = live.session("Office hours", Duration.ofDays(2), "Europe/Berlin", 1);
        long first = learner("Ada Seat");
        long second = learner("Ben Second");
        long third = learner("Cy Third");
        registrations.register(first, session);
        registrations.register(second, session);
        registrations.register(third, session);

        registrations.cancel(first, session);

        assertThat(status(session, second)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(status(session, third)).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(rows.placeInLine(session, rows.findBySessionIdAndUserId(session, third).orElseThrow().seq()))
                .isEqualTo(1);
        assertThat(notifications.recent(second)).extracting(NotificationRow::subject)
                .contains("A seat opened up: you are registered for Office hours");
    }

    @Test
    void registeringTwiceKeepsOnePlace() {
        long session = live.session("Twice", Duration.ofDays(2), "UTC", 5);
        long person = learner("Dot Double");

        registrations.register(person, session);
        RegistrationStatus again = registrations.register(person, session);

        assertThat(again).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(rows.countRegistered(session)).isEqualTo(1);
    }

    @Test
    void aSeatCannotBeGivenUpAfterTheCutOffButAPlaceInLineCan() {
        long session = live.session("Cut-off", Duration.ofHours(1), "UTC", 1);
        long seated = learner("Eve Early");
        long waiting = learner("Fay Late");
        registrations.register(seated, session);
        registrations.register(waiting, session);

        assertThatThrownBy(() -> registrations.cancel(seated, session)).isInstanceOf(ConflictException.class)
                .hasMessage("live.closed.cutoff");
        registrations.cancel(waiting, session);

        assertThat(status(session, seated)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(status(session, waiting)).isEqualTo(RegistrationStatus.CANCELLED);
    }

    @Test
    void fewerSeatsSendTheLastRegisteredToTheFrontOfTheLineAndTellThem() {
        long session = live.session("Shrinking", Duration.ofDays(5), "UTC", 3);
        long a = learner("Gus One");
        long b = learner("Hal Two");
        long c = learner("Ivy Three");
        long d = learner("Jo Four");
        List.of(a, b, c, d).forEach(p -> registrations.register(p, session));

        sessions.update(live.author(), session, withCapacity(session, 2));

        assertThat(status(session, c)).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(rows.findInLine(session, RegistrationStatus.WAITLISTED)).extracting(Registration::userId)
                .containsExactly(c, d);
        assertThat(notifications.recent(c)).extracting(NotificationRow::subject).contains("Back on the waitlist: Shrinking");
    }

    @Test
    void aSessionForGoldPartnersIsInvisibleToASilverPartnersStaff() {
        Partner silver = fixtures.partner("Silverline");
        UserSummary person = fixtures.employee(silver, "Kim Silver", Role.LEARNER);
        long session = sessions.create(live.author(),
                live.form("Gold office hours", Duration.ofDays(2), "UTC", 10, Tier.GOLD, null, 1));

        assertThatThrownBy(() -> registrations.register(person.id(), session)).isInstanceOf(NotFoundException.class);
        assertThat(rows.findBySessionIdAndUserId(session, person.id())).isEmpty();
    }

    @Test
    void aCancelledSessionTellsEveryoneAndTakesNoRegistrations() {
        long session = live.session("Called off", Duration.ofDays(2), "UTC", 10);
        long person = learner("Lou Listed");
        registrations.register(person, session);

        sessions.cancel(session);

        assertThat(notifications.recent(person)).extracting(NotificationRow::subject).contains("Cancelled: Called off");
        assertThatThrownBy(() -> registrations.register(learner("Max Missed"), session))
                .isInstanceOf(ConflictException.class).hasMessage("live.closed.cancelled");
    }

    private SessionForm withCapacity(long session, int capacity) {
        SessionForm f = team.form(session);
        return new SessionForm(f.title(), f.description(), f.courseId(), f.pathId(), f.startsAt(), f.endsAt(),
                f.timeZone(), capacity, f.minTier(), f.partnerTypes(), f.regions(), f.instructors(), f.joinUrl(),
                f.recordingUrl(), f.materials(), null);
    }

    private RegistrationStatus status(long session, long person) {
        return rows.findBySessionIdAndUserId(session, person).orElseThrow().status();
    }

    private long learner(String name) {
        return fixtures.user(name, Role.LEARNER).id();
    }
}
