package io.partneracademy.partners;

import io.partneracademy.web.ForbiddenException;

/** The signed-in user does not look after this partner company. */
public class PartnerAccessDeniedException extends ForbiddenException {

    public PartnerAccessDeniedException() {
        super("partner.access-denied");
    }
}
