package io.partneracademy.catalog;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Answers certification's question for courses: complete means every lesson the person may see is done. */
@Singleton
class CourseCompletion implements RequirementCheck {

    private final Courses courses;
    private final Visibility visibility;

    CourseCompletion(Courses courses, Visibility visibility) {
        this.courses = courses;
        this.visibility = visibility;
    }

    @Override
    public RequirementKind kind() {
        return RequirementKind.COURSE;
    }

    @Override
    public Set<String> incomplete(long userId, Collection<String> refIds) {
        Visibility.Viewer viewer = visibility.of(userId);
        Set<String> missing = new LinkedHashSet<>();
        for (String courseId : refIds) {
            if (!courses.isComplete(viewer, courseId)) {
                missing.add(courseId);
            }
        }
        return missing;
    }
}
