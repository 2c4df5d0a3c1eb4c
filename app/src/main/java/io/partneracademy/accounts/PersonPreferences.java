package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.web.Language;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A person's language and time zone for any feature that knows their id: mail, PDFs, calendar entries and
 * session times use {@link #of(long)} ({@code zone()}, {@code locale()}, {@code formats()}); the profile page and
 * the language switcher change them here.
 */
@Singleton
public class PersonPreferences {

    private final AppUserRepository users;
    private final Sessions sessions;
    private final Clock clock;

    PersonPreferences(AppUserRepository users, Sessions sessions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The person's preferences; {@link Preferences#NONE} for an id nobody has. */
    public Preferences of(long userId) {
        return users.findPreferences(userId).map(r -> Preferences.of(r.language(), r.timeZone()))
                .orElse(Preferences.NONE);
    }

    /** The zone to show the person's times in (UTC when they chose none). */
    public ZoneId zone(long userId) {
        return of(userId).zone();
    }

    /** The locale for mail and documents sent to the person (English when they chose none). */
    public Locale locale(long userId) {
        return of(userId).locale();
    }

    /** Stores both choices (null clears one); their next request already sees them. */
    @Transactional
    public void save(long userId, @Nullable Language language, @Nullable ZoneId zone) {
        int changed = users.updatePreferences(userId, language == null ? null : language.tag(),
                zone == null ? null : zone.getId(), clock.instant());
        if (changed == 0) {
            throw new UserNotFoundException(userId);
        }
        sessions.userChanged(userId);
    }

    /** Stores both choices by language tag ("ja"); a tag the interface does not have is refused. */
    @Transactional
    public void save(long userId, String languageTag, ZoneId zone) {
        save(userId, Language.of(languageTag).orElseThrow(() -> new IllegalArgumentException(
                "No interface language '" + languageTag + "'; there are " + java.util.Arrays.toString(Language.values()))),
                zone);
    }

    /** Stores the language picked in the switcher. */
    @Transactional
    void saveLanguage(long userId, Language language) {
        users.updateLanguage(userId, language.tag(), clock.instant());
        sessions.userChanged(userId);
    }
}
