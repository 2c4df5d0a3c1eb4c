package io.partneracademy.exams;

import io.partneracademy.web.InvalidInputException;

/** A grant of extra exam time breaks a rule: minutes or multiplier out of range, or no reason given. */
public class AccommodationRejectedException extends InvalidInputException {

    /** Which part of the grant is wrong. */
    public enum Part { EXTRA_MINUTES, MULTIPLIER, REASON }

    private final Part part;

    AccommodationRejectedException(Part part, String messageKey) {
        super(messageKey);
        this.part = part;
    }

    public Part part() {
        return part;
    }
}
