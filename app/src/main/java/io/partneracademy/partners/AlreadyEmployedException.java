package io.partneracademy.partners;

import io.partneracademy.web.InvalidInputException;

/** The person already works for the partner they would be moved to. */
public class AlreadyEmployedException extends InvalidInputException {

    AlreadyEmployedException() {
        super("person.already-employed");
    }
}
