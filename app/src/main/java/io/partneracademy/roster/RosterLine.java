package io.partneracademy.roster;

import io.micronaut.core.annotation.Nullable;

/** One person as a valid line of a roster file names them; the email is already lower case and trimmed. */
public record RosterLine(int line, String name, String email, @Nullable String jobTitle, RosterRole role) {
}
