package io.partneracademy.accounts;

import io.partneracademy.web.NotFoundException;

/** No user with that id. */
public class UserNotFoundException extends NotFoundException {

    public UserNotFoundException(long id) {
        super("user.not-found", id);
    }
}
