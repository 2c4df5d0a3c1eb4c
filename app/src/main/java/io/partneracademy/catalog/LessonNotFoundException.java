package io.partneracademy.catalog;

import io.partneracademy.web.NotFoundException;

/** No such lesson in the current version of the course, or not one the viewer may see. */
public class LessonNotFoundException extends NotFoundException {

    public LessonNotFoundException(String id) {
        super("lesson.not-found", id);
    }
}
