package io.partneracademy.catalog;

import io.partneracademy.web.NotFoundException;

/** No such course, or not one the viewer's company may see (deliberately the same answer). */
public class CourseNotFoundException extends NotFoundException {

    public CourseNotFoundException(String id) {
        super("course.not-found", id);
    }
}
