package io.partneracademy.partners;

import io.partneracademy.web.InvalidInputException;

/** Another partner company already has this name. */
public class PartnerNameTakenException extends InvalidInputException {

    PartnerNameTakenException() {
        super("partner.name-taken");
    }
}
