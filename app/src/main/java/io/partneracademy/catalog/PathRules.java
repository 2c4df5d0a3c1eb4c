package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What each path requires, for features that act on it (certification); no viewer, no visibility. */
@Singleton
public class PathRules {

    private final PathRepository paths;

    PathRules(PathRepository paths) {
        this.paths = paths;
    }

    /**
     * A path's certification rule.
     *
     * @param requirements per {@code path_requirement.kind} (COURSE, LAB), the required ids in order
     */
    public record Rule(String id, String title, Level level, String description, @Nullable String prerequisiteId,
                       @Nullable String examId, int validityMonths, Map<String, List<String>> requirements) {
    }

    public Optional<Rule> rule(String pathId) {
        return paths.findById(pathId).map(p -> {
            Map<String, List<String>> requirements = new LinkedHashMap<>();
            for (CatalogPublisher.Requirement kind : CatalogPublisher.Requirement.values()) {
                List<String> ids = paths.findRequirements(pathId, kind.name());
                if (!ids.isEmpty()) {
                    requirements.put(kind.name(), ids);
                }
            }
            return new Rule(p.id(), p.title(), p.level(), p.description(), p.prerequisiteId(), p.examId(),
                    p.validityMonths(), requirements);
        });
    }

    /** Paths that list this course or lab track among their requirements. */
    public List<String> pathsRequiring(String kind, String refId) {
        return paths.findPathsRequiring(kind, refId);
    }

    /** Paths whose certification exam this is. */
    public List<String> pathsWithExam(String examId) {
        return paths.findPathsWithExam(examId);
    }

    /** Paths that need this path's certification first. */
    public List<String> pathsAfter(String pathId) {
        return paths.findPathsAfter(pathId);
    }
}
