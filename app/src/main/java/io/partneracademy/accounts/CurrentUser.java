package io.partneracademy.accounts;

import io.micronaut.security.authentication.Authentication;
import io.partneracademy.web.PersonalSettings;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in person as every feature sees them: id, name, roles and their language and time zone, read fresh
 * from the database.
 */
public record CurrentUser(long id, String email, String displayName, Set<Role> roles, Preferences preferences) {

    static final String ID = "userId";
    static final String DISPLAY_NAME = "displayName";

    /** A person who chose no language and no time zone. */
    public CurrentUser(long id, String email, String displayName, Set<Role> roles) {
        this(id, email, displayName, roles, Preferences.NONE);
    }

    /** Reads the person from an authentication our session validator produced. */
    public static CurrentUser from(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getRoles().forEach(r -> roles.add(Role.valueOf(r)));
        Object id = authentication.getAttributes().get(ID);
        Object name = authentication.getAttributes().get(DISPLAY_NAME);
        Object language = authentication.getAttributes().get(PersonalSettings.LANGUAGE);
        Object zone = authentication.getAttributes().get(PersonalSettings.TIME_ZONE);
        return new CurrentUser(((Number) id).longValue(), authentication.getName(), String.valueOf(name), roles,
                Preferences.of(language == null ? null : language.toString(), zone == null ? null : zone.toString()));
    }

    /** True when the person holds the role. */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
