package io.partneracademy.partners;

import io.partneracademy.web.NotFoundException;

/** No partner company with that id. */
public class PartnerNotFoundException extends NotFoundException {

    public PartnerNotFoundException(long id) {
        super("partner.not-found", id);
    }
}
