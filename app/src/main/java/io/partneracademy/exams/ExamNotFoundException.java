package io.partneracademy.exams;

import io.partneracademy.web.NotFoundException;

/** No such exam. */
public class ExamNotFoundException extends NotFoundException {

    public ExamNotFoundException(String id) {
        super("exam.not-found", id);
    }
}
