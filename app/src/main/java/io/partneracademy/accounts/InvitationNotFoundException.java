package io.partneracademy.accounts;

import io.partneracademy.web.NotFoundException;

/** The invitation link is unknown, already used or expired. */
public class InvitationNotFoundException extends NotFoundException {

    public InvitationNotFoundException() {
        super("invitation.not-found");
    }
}
