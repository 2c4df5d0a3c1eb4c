package io.partneracademy.accounts;

import io.partneracademy.web.ConflictException;

/** The account has a password already: the profile only sets a first one (for people created by single sign-on). */
public class PasswordExistsException extends ConflictException {

    PasswordExistsException() {
        super("profile.password.exists");
    }
}
