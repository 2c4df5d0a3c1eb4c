package io.partneracademy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The signed-in person's own language and time zone as their session carries them (attributes of the
 * {@link Authentication}), for the parts of the shell that need them on every page; features that know a person's
 * id ask {@code accounts.PersonPreferences} instead.
 */
public final class PersonalSettings {

    /** Authentication attribute: the BCP 47 tag of the language chosen in the profile; absent when none. */
    public static final String LANGUAGE = "language";
    /** Authentication attribute: the IANA time zone id chosen in the profile; absent when none (UTC). */
    public static final String TIME_ZONE = "timeZone";
    /** The zone of a person who chose none, and of visitors ("UTC", not the offset "Z", so pages say UTC). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    private PersonalSettings() {
    }

    /** The language the signed-in person chose in their profile, if any. */
    public static Optional<Language> language(HttpRequest<?> request) {
        return authentication(request).map(a -> a.getAttributes().get(LANGUAGE))
                .flatMap(tag -> Language.of(String.valueOf(tag)));
    }

    /** The signed-in person's time zone; UTC for visitors and for people who chose none. */
    public static ZoneId zone(HttpRequest<?> request) {
        return authentication(request).map(a -> a.getAttributes().get(TIME_ZONE)).map(String::valueOf)
                .flatMap(PersonalSettings::zoneOf).orElse(DEFAULT_ZONE);
    }

    /** The zone with this IANA id; empty when the id is missing or unknown to this JVM. */
    public static Optional<ZoneId> zoneOf(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<Authentication> authentication(HttpRequest<?> request) {
        return request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class);
    }
}
