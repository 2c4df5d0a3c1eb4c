package io.partneracademy.catalog;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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

    @Override
    public Map<Long, Set<String>> completed(Collection<Long> userIds, Collection<String> refIds) {
        return completions.completed(userIds, refIds);
    }

    /** Lessons done of those the person may see, 100 once the course is complete ({@link CourseCompletions.Status}). */
    @Override
    public Map<Long, Map<String, Integer>> percents(Collection<Long> userIds, Collection<String> refIds) {
        Map<Long, Map<String, CourseCompletions.Status>> statuses = completions.statuses(userIds, refIds);
        Map<Long, Map<String, Integer>> percents = new HashMap<>();
        for (long userId : userIds) {
            Map<String, CourseCompletions.Status> mine = statuses.getOrDefault(userId, Map.of());
            Map<String, Integer> byCourse = new HashMap<>();
            refIds.forEach(id -> byCourse.put(id, mine.containsKey(id) ? mine.get(id).percent() : 0));
            percents.put(userId, byCourse);
        }
        return percents;
    }
}
