package io.partneracademy.accounts;

import io.partneracademy.web.InvalidInputException;

/** Another account already uses this e-mail address. */
public class EmailTakenException extends InvalidInputException {

    EmailTakenException() {
        super("user.email-taken");
    }
}
