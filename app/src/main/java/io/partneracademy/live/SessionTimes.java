package io.partneracademy.live;

import io.partneracademy.accounts.PersonPreferences;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a session's time is shown to a person: in their own time zone when their profile has one, else in the zone
 * the session was planned in, always with the zone's name so nobody has to guess.
 */
@Singleton
class SessionTimes {

    private final PersonPreferences preferences;

    SessionTimes(PersonPreferences preferences) {
        this.preferences = preferences;
    }

    // ISO dates and 24-hour times read the same in every language; the weekday is written in the reader's.
    private static final String DAY_TIME = "EEE yyyy-MM-dd HH:mm";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ROOT);

    /** The zone a person sees this session in. */
    ZoneId zoneFor(long userId, LiveSession session) {
        return profileZone(userId).orElse(session.zone());
    }

    /** The time zone of the person's profile, when they chose one. */
    java.util.Optional<ZoneId> profileZone(long userId) {
        return preferences.of(userId).chosenZone();
    }

    /** One moment in a zone for a reader: "Thu 2026-12-10 09:45 Europe/Berlin", "Do. 2026-12-10 09:45 …". */
    String moment(java.time.Instant at, ZoneId zone, Locale reader) {
        return dayTime(reader).format(at.atZone(zone)) + " " + zone.getId();
    }

    /**
     * "Thu 2026-12-10 10:00–11:30 Europe/Berlin" ("Do. 2026-12-10 …" for a German reader), or both ends with dates
     * when it crosses midnight there.
     */
    String span(LiveSession session, ZoneId zone, Locale reader) {
        DateTimeFormatter dayTime = dayTime(reader);
        ZonedDateTime start = session.startsAt().atZone(zone);
        ZonedDateTime end = session.endsAt().atZone(zone);
        String to = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : dayTime.format(end);
        return dayTime.format(start) + "–" + to + " " + zone.getId();
    }

    private static DateTimeFormatter dayTime(Locale reader) {
        return DateTimeFormatter.ofPattern(DAY_TIME, reader);
    }
}
