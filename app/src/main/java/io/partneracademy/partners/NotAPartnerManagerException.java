package io.partneracademy.partners;

import io.partneracademy.web.InvalidInputException;

/** Only a person with the partner manager role can be assigned to a partner. */
public class NotAPartnerManagerException extends InvalidInputException {

    NotAPartnerManagerException() {
        super("partner.manager-role-required");
    }
}
