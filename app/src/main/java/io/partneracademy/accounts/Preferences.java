package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.web.Formats;
import io.partneracademy.web.Language;
import io.partneracademy.web.PersonalSettings;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * A person's own language and time zone from their profile; either may be unset (then pages follow the browser's
 * language, and times are in UTC).
 *
 * @param chosenLanguage the language picked in the profile or the switcher, if any
 * @param chosenZoneId   the time zone picked in the profile, if any
 */
public record Preferences(@Nullable Language chosenLanguage, @Nullable ZoneId chosenZoneId) {

    /** Nothing chosen. */
    public static final Preferences NONE = new Preferences(null, null);

    /** From the stored values; a tag or zone id this server does not know counts as not chosen. */
    static Preferences of(@Nullable String languageTag, @Nullable String zoneId) {
        return new Preferences(languageTag == null ? null : Language.of(languageTag).orElse(null),
                zoneId == null ? null : PersonalSettings.zoneOf(zoneId).orElse(null));
    }

    public Optional<Language> language() {
        return Optional.ofNullable(chosenLanguage);
    }

    public Optional<ZoneId> chosenZone() {
        return Optional.ofNullable(chosenZoneId);
    }

    /**
     * The locale for what is sent to the person outside a page (mail, PDF): their language, else English. A page
     * asks the request instead, which also knows the browser's language.
     */
    public Locale locale() {
        return language().orElse(Language.DEFAULT).locale();
    }

    /** The zone to show the person's times in: their own, else UTC. */
    public ZoneId zone() {
        return chosenZone().orElse(PersonalSettings.DEFAULT_ZONE);
    }

    /** Dates and numbers for this person outside a page. */
    public Formats formats() {
        return Formats.of(locale(), zone());
    }
}
