package io.partneracademy.catalog;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Answers certification's question for courses from the stored completions ({@link CourseCompletions}). */
@Singleton
class CourseCompletion implements RequirementCheck {

    private final CourseCompletions completions;

    CourseCompletion(CourseCompletions completions) {
        this.completions = completions;
    }

    @Override
    public RequirementKind kind() {
        return RequirementKind.COURSE;
    }

    @Override
    public Set<String> incomplete(long userId, Collection<String> refIds) {
        Set<String> missing = new LinkedHashSet<>(refIds);
        missing.removeAll(completions.completed(userId, refIds));
        return missing;
    }
}
