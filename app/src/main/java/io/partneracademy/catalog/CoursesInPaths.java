package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which path a course belongs to for this person, and the course to take after it. */
@Singleton
public class CoursesInPaths {

    private final PathRules rules;
    private final PathEnrolments enrolments;
    private final Courses courses;

    CoursesInPaths(PathRules rules, PathEnrolments enrolments, Courses courses) {
        this.rules = rules;
        this.enrolments = enrolments;
        this.courses = courses;
    }

    /**
     * The first path the person is enrolled in (Foundation first) that requires this course, with its next required
     * course they can see and have not finished; empty when no enrolled path requires the course.
     */
    public Optional<CatalogViews.InPath> inPath(CurrentUser user, String courseId, @Nullable Locale reader) {
        Set<String> enrolled = enrolments.enrolledPathIds(user.id());
        Optional<PathRules.Rule> path = rules.all(reader).stream()
                .filter(r -> enrolled.contains(r.id()))
                .filter(r -> required(r).contains(courseId))
                .findFirst();
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Map<String, CatalogViews.CourseCard> cards = courses.list(user, reader).stream()
                .collect(Collectors.toMap(CatalogViews.CourseCard::id, Function.identity()));
        Optional<CatalogViews.CourseCard> next = required(path.get()).stream()
                .filter(id -> !id.equals(courseId))
                .map(cards::get)
                .filter(c -> c != null && !c.done())
                .findFirst();
        return Optional.of(new CatalogViews.InPath(path.get().id(), path.get().titleText(),
                next.map(CatalogViews.CourseCard::id).orElse(null),
                next.map(CatalogViews.CourseCard::titleText).orElse(null)));
    }

    private static List<String> required(PathRules.Rule rule) {
        return rule.requirements().getOrDefault(RequirementKind.COURSE, List.of());
    }
}
