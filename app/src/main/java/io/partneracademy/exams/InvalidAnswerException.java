package io.partneracademy.exams;

import io.micronaut.http.HttpStatus;
import io.partneracademy.web.ApplicationException;

/**
 * An answer the question cannot take (an option it does not have, the wrong number of answers, a position given
 * twice, text too long); nothing of it is saved, and the message says what was wrong.
 */
public class InvalidAnswerException extends ApplicationException {

    /** An option id the question does not have. */
    public InvalidAnswerException() {
        super("attempt.invalid-answer");
    }

    InvalidAnswerException(String reason, Object... arguments) {
        super("attempt.invalid-answer." + reason, arguments);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
