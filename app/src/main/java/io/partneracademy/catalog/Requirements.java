package io.partneracademy.catalog;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one answer to "what of a path's requirements has this person not done yet": each kind is answered by the
 * feature that records it ({@link RequirementCheck}: catalog for courses, labs for tracks, live for sessions and
 * recordings). Certification issues when nothing is left, the path page lists what is left, and assignments ask about
 * single items, so the three can never disagree. The path's exam and its prerequisite certification are not
 * requirement rows; certification answers for those.
 */
@Singleton
public class Requirements {

    private final Map<RequirementKind, RequirementCheck> checks = new EnumMap<>(RequirementKind.class);

    Requirements(List<RequirementCheck> all) {
        for (RequirementCheck check : all) {
            RequirementCheck before = checks.put(check.kind(), check);
            if (before != null) {
                throw new IllegalStateException("two checks answer for " + check.kind() + ": "
                        + before.getClass().getSimpleName() + " and " + check.getClass().getSimpleName());
            }
        }
    }

    /** The ids among {@code refIds} the person has not completed; a kind no feature answers for is never done. */
    public Set<String> incomplete(long userId, RequirementKind kind, Collection<String> refIds) {
        if (refIds.isEmpty()) {
            return Set.of();
        }
        RequirementCheck check = checks.get(kind);
        return check == null ? Set.copyOf(refIds) : check.incomplete(userId, refIds);
    }

    /** True when the person has completed the one item. */
    public boolean done(long userId, RequirementKind kind, String refId) {
        return incomplete(userId, kind, Set.of(refId)).isEmpty();
    }

    /**
     * What the person still lacks of the path's listed requirements, by kind in the path's order, each list in the
     * path's order; no entry for a kind that is done, so an empty map means every requirement is met.
     */
    public Map<RequirementKind, List<String>> missing(long userId, PathRules.Rule path) {
        Map<RequirementKind, List<String>> missing = new LinkedHashMap<>();
        for (Map.Entry<RequirementKind, List<String>> requirement : path.requirements().entrySet()) {
            RequirementKind kind = requirement.getKey();
            List<String> required = requirement.getValue();
            Set<String> open = incomplete(userId, kind, required);
            List<String> left = required.stream().filter(open::contains).toList();
            if (!left.isEmpty()) {
                missing.put(kind, left);
            }
        }
        return missing;
    }
}
