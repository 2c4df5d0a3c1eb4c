package io.partneracademy.exams;

import io.partneracademy.web.InvalidPartsException;

/** A grant of extra exam time breaks a rule: minutes or multiplier out of range, or no reason given. */
public class AccommodationRejectedException extends InvalidPartsException {

    /** Which part of the grant is wrong. */
    public enum Part { EXTRA_MINUTES, MULTIPLIER, REASON }

    AccommodationRejectedException(Part part, String messageKey) {
        super(part, messageKey);
    }
}
