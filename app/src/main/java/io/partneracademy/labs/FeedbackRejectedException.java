package io.partneracademy.labs;

import io.partneracademy.web.InvalidInputException;

/** A reviewer's feedback is missing where a failed submission needs it, or is longer than allowed. */
public class FeedbackRejectedException extends InvalidInputException {

    FeedbackRejectedException(String messageKey) {
        super(messageKey);
    }
}
