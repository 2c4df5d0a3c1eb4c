package io.partneracademy.exams;

import io.partneracademy.web.NotFoundException;

/** No such attempt for this person (other people's attempts look the same). */
public class AttemptNotFoundException extends NotFoundException {

    public AttemptNotFoundException() {
        super("attempt.not-found");
    }
}
