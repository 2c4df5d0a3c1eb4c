package io.partneracademy.partners;

import io.partneracademy.web.InvalidInputException;

/** A partner admin tried to deactivate their own account. */
public class SelfDeactivationException extends InvalidInputException {

    SelfDeactivationException() {
        super("person.cannot-deactivate-self");
    }
}
