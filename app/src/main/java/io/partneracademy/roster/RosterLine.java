package io.partneracademy.roster;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.web.Language;

/**
 * One person as a valid line of a roster file names them; the email is already lower case and trimmed. The language
 * (optional column) is the invitation's and the new person's until they choose one.
 */
public record RosterLine(int line, String name, String email, @Nullable String jobTitle, RosterRole role,
                         @Nullable Language language) {
}
