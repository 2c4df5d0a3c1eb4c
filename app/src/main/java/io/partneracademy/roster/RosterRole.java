package io.partneracademy.roster;

import java.util.Locale;
import java.util.Optional;

/** The role a roster line gives a person at their company: a learner, or also the company's partner admin. */
public enum RosterRole {
    LEARNER,
    PARTNER_ADMIN;

    /** The role a cell names ({@code learner}, {@code partner_admin}, {@code partner admin}); empty means learner. */
    static Optional<RosterRole> parse(String cell) {
        String name = cell.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return switch (name) {
            case "", "learner" -> Optional.of(LEARNER);
            case "partner_admin" -> Optional.of(PARTNER_ADMIN);
            default -> Optional.empty();
        };
    }

    /** How the role is written in a roster file. */
    public String cell() {
        return name().toLowerCase(Locale.ROOT);
    }
}
