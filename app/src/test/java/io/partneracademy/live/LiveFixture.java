package io.partneracademy.live;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** Creates sessions through the team's own service, as the authoring page does. */
@Singleton
class LiveFixture {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final LiveSessions sessions;
    private final Fixtures fixtures;
    private final Clock clock;
    private CurrentUser author;

    LiveFixture(LiveSessions sessions, Fixtures fixtures, Clock clock) {
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.clock = clock;
    }

    CurrentUser author() {
        if (author == null) {
            UserSummary user = fixtures.user("Erin Enablement", Role.AUTHOR);
            author = new CurrentUser(user.id(), user.email(), user.displayName(), Set.of(Role.AUTHOR));
        }
        return author;
    }

    /** A one-hour session starting after the given time from now, in the zone, with the seats. */
    long session(String title, Duration in, String zone, int capacity) {
        return sessions.create(author(), form(title, in, zone, capacity, null, null, 1));
    }

    SessionForm form(String title, Duration in, String zone, int capacity, Tier minTier, String courseId, int weeks) {
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant().plus(in), ZoneId.of(zone)).withSecond(0).withNano(0);
        return new SessionForm(title, "About " + title, courseId, null, LOCAL.format(start),
                LOCAL.format(start.plusHours(1)), zone, capacity, minTier == null ? null : minTier.name(),
                List.<PartnerType>of(), "", "",
                "https://meet.example.com/" + title.replaceAll("\\W", ""), "", "", weeks);
    }
}
