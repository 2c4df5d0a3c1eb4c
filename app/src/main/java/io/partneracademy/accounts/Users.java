package io.partneracademy.accounts;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creates and edits user accounts and their roles; callers check who may do it. */
@Singleton
public class Users {

    private final AppUserRepository users;
    private final UserRoleRepository roles;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Clock clock;

    Users(AppUserRepository users, UserRoleRepository roles, Sessions sessions, PasswordHasher hasher,
          PasswordPolicy policy, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.sessions = sessions;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    /** Sets a password directly (demo data, operators); the password rules still apply. */
    @Transactional
    public void setPassword(long id, String password) {
        AppUser user = users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
        List<String> problems = policy.violations(password, user.email());
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems, false);
        }
        users.update(user.withPasswordHash(hasher.hash(password), clock.instant()));
        sessions.closeAll(id);
    }

    /** Whether the person has a password here (someone created by single sign-on has none until they set one). */
    public boolean hasPassword(long id) {
        return users.hasPassword(id);
    }

    /**
     * Sets the first password of a signed-in person who has none (created by single sign-on), so they can also sign
     * in without their company account, say after leaving the company. No old password to ask for, and their
     * sessions stay open. Refused with {@link PasswordExistsException} when the account has a password already.
     */
    @Transactional
    public void setFirstPassword(long id, String password, String confirmation) {
        AppUser user = users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
        if (user.passwordHash() != null) {
            throw new PasswordExistsException();
        }
        List<String> problems = policy.violations(password, user.email());
        if (!problems.isEmpty() || !password.equals(confirmation)) {
            throw new PasswordRejectedException(problems, !password.equals(confirmation));
        }
        if (users.setFirstPassword(id, hasher.hash(password), clock.instant()) == 0) {
            throw new PasswordExistsException();
        }
    }

    /** Creates an account without a password; the person sets one through an invitation. */
    @Transactional
    public UserSummary create(String email, String displayName, Set<Role> userRoles) {
        String normalized = SignIn.normalize(email);
        if (users.existsByEmail(normalized)) {
            throw new EmailTakenException();
        }
        Instant now = clock.instant();
        AppUser user = users.save(new AppUser(null, normalized, displayName.strip(), null, true, now, now));
        userRoles.forEach(r -> roles.addRole(user.id(), r.name()));
        return summary(user);
    }

    /** Changes name, active flag and roles; deactivating ends the person's sessions at once. */
    @Transactional
    public UserSummary update(long id, String displayName, boolean active, Set<Role> userRoles) {
        AppUser user = users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
        AppUser updated = users.update(user.withProfile(displayName.strip(), active, clock.instant()));
        roles.removeAll(id);
        userRoles.forEach(r -> roles.addRole(id, r.name()));
        if (!active) {
            sessions.closeAll(id);
        }
        sessions.userChanged(id);
        return summary(updated);
    }

    /** Every user, by name. */
    public List<UserSummary> list() {
        return users.findAllOrderByDisplayName().stream().map(this::summary).toList();
    }

    /** The display names of these users, by id; unknown ids are left out. */
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            users.findByIdIn(ids).forEach(u -> names.put(u.id(), u.displayName()));
        }
        return names;
    }

    /** One user, or a 404. */
    public UserSummary get(long id) {
        return users.findById(id).map(this::summary).orElseThrow(() -> new UserNotFoundException(id));
    }

    /** One user by email, if there is one. */
    public Optional<UserSummary> findByEmail(String email) {
        return users.findByEmail(SignIn.normalize(email)).map(this::summary);
    }

    /** Ids of everyone holding the role. */
    public List<Long> idsWithRole(Role role) {
        return roles.findUserIdsWithRole(role.name());
    }

    private UserSummary summary(AppUser user) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        roles.findRoles(user.id()).forEach(r -> held.add(Role.valueOf(r)));
        return new UserSummary(user.id(), user.email(), user.displayName(), user.active(),
                user.passwordHash() == null, held);
    }
}
