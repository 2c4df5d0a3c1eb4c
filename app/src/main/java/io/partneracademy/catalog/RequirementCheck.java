package io.partneracademy.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One kind of listed path requirement ({@link RequirementKind#COURSE}, {@link RequirementKind#LAB}). Certification asks each kind which
 * of a path's requirements a person has not completed yet; the feature that owns the kind answers. Called inside
 * the caller's transaction, so an answer includes what that transaction just wrote.
 */
public interface RequirementCheck {

    /** The kind this check answers for. */
    RequirementKind kind();

    /** The ids among {@code refIds} that the person has not completed. */
    Set<String> incomplete(long userId, Collection<String> refIds);

    /**
     * For each of the people, the ids among {@code refIds} they have completed (someone who completed none may be
     * absent): the same answer as {@link #incomplete}, for pages and reports over many people at once.
     */
    Map<Long, Set<String>> completed(Collection<Long> userIds, Collection<String> refIds);

    /**
     * Each person's progress in each of {@code refIds}, from 0 to 100; a kind with no partial progress (attending a
     * session) is 100 when completed and 0 before.
     */
    default Map<Long, Map<String, Integer>> percents(Collection<Long> userIds, Collection<String> refIds) {
        Map<Long, Set<String>> completed = completed(userIds, refIds);
        Map<Long, Map<String, Integer>> percents = new HashMap<>();
        for (long userId : userIds) {
            Set<String> done = completed.getOrDefault(userId, Set.of());
            Map<String, Integer> mine = new HashMap<>();
            refIds.forEach(id -> mine.put(id, done.contains(id) ? 100 : 0));
            percents.put(userId, mine);
        }
        return percents;
    }
}
