package io.partneracademy.exams;

import io.partneracademy.web.ConflictException;

/** In a sequential exam only the current question can be answered. */
public class SequentialNavigationException extends ConflictException {

    public SequentialNavigationException() {
        super("attempt.sequential");
    }
}
