package io.partneracademy.authoring;

import io.partneracademy.web.InvalidInputException;

/** A new course's id is not a valid slug, or a draft or published course already has it. */
public class DraftIdRejectedException extends InvalidInputException {

    DraftIdRejectedException(String messageKey) {
        super(messageKey);
    }
}
