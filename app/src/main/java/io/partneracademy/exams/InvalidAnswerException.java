package io.partneracademy.exams;

import io.micronaut.http.HttpStatus;
import io.partneracademy.web.ApplicationException;

/** An answer naming an option the question does not have; nothing of it is saved. */
public class InvalidAnswerException extends ApplicationException {

    public InvalidAnswerException() {
        super("attempt.invalid-answer");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
