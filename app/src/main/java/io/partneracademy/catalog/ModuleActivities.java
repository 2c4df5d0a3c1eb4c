package io.partneracademy.catalog;

import io.partneracademy.accounts.CurrentUser;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The activities every {@link CourseActivity} offers in a course, by module, and the one after a given lesson. */
@Singleton
class ModuleActivities {

    private final List<CourseActivity> sources;
    private final Courses courses;

    ModuleActivities(List<CourseActivity> sources, Courses courses) {
        this.sources = sources;
        this.courses = courses;
    }

    /** Every activity of the course by module id. */
    Map<String, List<CourseActivity.Activity>> of(CurrentUser user, String courseId) {
        Map<String, List<CourseActivity.Activity>> byModule = new HashMap<>();
        for (CourseActivity source : sources) {
            source.byModule(user, courseId).forEach((module, activities) ->
                    byModule.computeIfAbsent(module, k -> new ArrayList<>()).addAll(activities));
        }
        return byModule;
    }

    /** The first activity of the module whose last lesson (as the person sees the course) is this one. */
    Optional<CourseActivity.Activity> after(CurrentUser user, String courseId, String lessonId) {
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        for (CatalogViews.ModuleItem module : courses.course(user, courseId).modules()) {
            List<CatalogViews.LessonItem> lessons = module.lessons();
            if (lessons.get(lessons.size() - 1).id().equals(lessonId)) {
                return of(user, courseId).getOrDefault(module.id(), List.of()).stream().findFirst();
            }
        }
        return Optional.empty();
    }
}
