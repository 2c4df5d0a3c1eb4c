package io.partneracademy.partners;

import io.partneracademy.web.NotFoundException;

/** The person does not (currently) work for this partner. */
public class PersonNotFoundException extends NotFoundException {

    public PersonNotFoundException(long userId) {
        super("person.not-found", userId);
    }
}
