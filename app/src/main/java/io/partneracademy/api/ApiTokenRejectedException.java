package io.partneracademy.api;

import io.partneracademy.web.InvalidInputException;

/** A token asked for cannot be made: no scope, an unknown scope, or a partner id that is not a number. */
public class ApiTokenRejectedException extends InvalidInputException {

    /** The part of the request the rule is about. */
    public enum Part { PARTNER, SCOPES }

    private final Part part;

    ApiTokenRejectedException(Part part, String messageKey) {
        super(messageKey);
        this.part = part;
    }

    public Part part() {
        return part;
    }
}
