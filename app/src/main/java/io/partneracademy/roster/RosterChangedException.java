package io.partneracademy.roster;

import io.partneracademy.web.ConflictException;

/** The company's people changed since the preview that was confirmed; nothing was applied. */
public class RosterChangedException extends ConflictException {

    RosterChangedException() {
        super("roster.changed");
    }
}
