package io.partneracademy.accounts;

import java.util.Set;

/** A user as lists and forms show them. */
public record UserSummary(long id, String email, String displayName, boolean active, boolean invitationPending,
                          Set<Role> roles) {
}
