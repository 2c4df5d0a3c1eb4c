package io.partneracademy.accounts;

import io.micronaut.security.authentication.Authentication;

import java.util.EnumSet;
import java.util.Set;

/** The signed-in person as every feature sees them: id, name and roles, read fresh from the database. */
public record CurrentUser(long id, String email, String displayName, Set<Role> roles) {

    static final String ID = "userId";
    static final String DISPLAY_NAME = "displayName";

    /** Reads the person from an authentication our session validator produced. */
    public static CurrentUser from(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getRoles().forEach(r -> roles.add(Role.valueOf(r)));
        Object id = authentication.getAttributes().get(ID);
        Object name = authentication.getAttributes().get(DISPLAY_NAME);
        return new CurrentUser(((Number) id).longValue(), authentication.getName(), String.valueOf(name), roles);
    }

    /** True when the person holds the role. */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
