package io.partneracademy.partners;

import io.partneracademy.web.InvalidInputException;

/** A move would start on or before the day the current employment started. */
public class MoveBeforeStartException extends InvalidInputException {

    MoveBeforeStartException() {
        super("person.move-before-start");
    }
}
