package io.partneracademy.live;

import io.partneracademy.accounts.PersonPreferences;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    /** The zone a person sees this session in. */
    ZoneId zoneFor(long userId, LiveSession session) {
        return profileZone(userId).orElse(session.zone());
    }

    /** The time zone of the person's profile, when they chose one. */
    java.util.Optional<ZoneId> profileZone(long userId) {
        return preferences.of(userId).chosenZone();
    }

    /**
     * One moment in a zone, written the reader's way with the weekday in full: "Thursday, December 10, 2026, 9:45 AM
     * Europe/Berlin", "Donnerstag, 10. Dezember 2026, 09:45 Europe/Berlin".
     */
    String moment(java.time.Instant at, ZoneId zone, Locale reader) {
        return dayTime(reader).format(at.atZone(zone)) + " " + zone.getId();
    }

    /**
     * "Thursday, December 10, 2026, 10:00 AM–11:30 AM Europe/Berlin" ("Donnerstag, 10. Dezember 2026, 10:00–11:30
     * Europe/Berlin" for a German reader), or both ends with their dates when it crosses midnight there.
     */
    String span(LiveSession session, ZoneId zone, Locale reader) {
        DateTimeFormatter dayTime = dayTime(reader);
        ZonedDateTime start = session.startsAt().atZone(zone);
        ZonedDateTime end = session.endsAt().atZone(zone);
        String to = start.toLocalDate().equals(end.toLocalDate())
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(reader).format(end)
                : dayTime.format(end);
        return dayTime.format(start) + "–" + to + " " + zone.getId();
    }

    /** The reader's own way of writing a day with its weekday and a time (the CLDR patterns Java carries). */
    private static DateTimeFormatter dayTime(Locale reader) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(reader);
    }
}
