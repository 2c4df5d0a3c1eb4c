package io.partneracademy.api;

import io.partneracademy.web.InvalidPartsException;

/** A token asked for cannot be made: no scope, an unknown scope, or a partner id that is not a number. */
public class ApiTokenRejectedException extends InvalidPartsException {

    /** The part of the request the rule is about. */
    public enum Part { PARTNER, SCOPES }

    ApiTokenRejectedException(Part part, String messageKey) {
        super(part, messageKey);
    }
}
