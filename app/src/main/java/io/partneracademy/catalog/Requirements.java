package io.partneracademy.catalog;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one answer to "what of a path's requirements has this person not done yet": each kind is answered by the
 * feature that records it ({@link RequirementCheck}: catalog for courses, labs for tracks, live for sessions and
 * recordings). Certification issues when nothing is left, the path page lists what is left, and assignments ask about
 * single items, so the three can never disagree. The path's exam and its prerequisite certification are not
 * requirement rows; certification answers for those.
 */
@Singleton
public class Requirements {

    private static final int CHUNK = 1000;

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

    /**
     * The people among {@code userIds} who lack nothing of the path's listed requirements: {@link #missing} for
     * many people at once, in a few queries per kind whatever their number (reports over a whole program).
     */
    public Set<Long> met(Collection<Long> userIds, PathRules.Rule path) {
        Set<Long> met = new HashSet<>(userIds);
        for (Map.Entry<RequirementKind, List<String>> requirement : path.requirements().entrySet()) {
            List<String> required = requirement.getValue();
            if (required.isEmpty() || met.isEmpty()) {
                continue;
            }
            RequirementCheck check = checks.get(requirement.getKey());
            if (check == null) {
                return Set.of();
            }
            Map<Long, Set<String>> completed = inChunks(met, chunk -> check.completed(chunk, required));
            met.removeIf(userId -> !completed.getOrDefault(userId, Set.of()).containsAll(required));
        }
        return met;
    }

    /**
     * How far each person is along each path, from 0 to 100: the mean of their progress in every listed requirement
     * (a course by its lessons, a lab track by its tasks, a session attended or not), each weighing the same, so the
     * person's path page, their team's page and anyone else who shows it agree. The path's exam is not a listed
     * requirement and does not count; callers show a certified person as done.
     */
    public Map<String, Map<Long, Integer>> percent(Collection<Long> userIds, Collection<PathRules.Rule> paths) {
        Map<RequirementKind, Set<String>> refIds = new EnumMap<>(RequirementKind.class);
        for (PathRules.Rule path : paths) {
            path.requirements().forEach((kind, ids) ->
                    refIds.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(ids));
        }
        Map<RequirementKind, Map<Long, Map<String, Integer>>> percents = new EnumMap<>(RequirementKind.class);
        refIds.forEach((kind, ids) -> {
            RequirementCheck check = checks.get(kind);
            percents.put(kind, check == null || ids.isEmpty() ? Map.of()
                    : inChunks(userIds, chunk -> check.percents(chunk, ids)));
        });
        Map<String, Map<Long, Integer>> byPath = new LinkedHashMap<>();
        for (PathRules.Rule path : paths) {
            Map<Long, Integer> mine = new HashMap<>();
            int parts = path.requirements().values().stream().mapToInt(List::size).sum();
            for (long userId : userIds) {
                int sum = 0;
                for (Map.Entry<RequirementKind, List<String>> requirement : path.requirements().entrySet()) {
                    Map<String, Integer> person = percents.getOrDefault(requirement.getKey(), Map.of())
                            .getOrDefault(userId, Map.of());
                    for (String refId : requirement.getValue()) {
                        sum += person.getOrDefault(refId, 0);
                    }
                }
                mine.put(userId, parts == 0 ? 0 : sum / parts);
            }
            byPath.put(path.id(), mine);
        }
        return byPath;
    }

    /** Asks in chunks of {@value #CHUNK} people, so an IN list stays a size the database plans well. */
    private static <V> Map<Long, V> inChunks(Collection<Long> userIds, Function<List<Long>, Map<Long, V>> ask) {
        List<Long> all = List.copyOf(new LinkedHashSet<>(userIds));
        Map<Long, V> answers = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            answers.putAll(ask.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return answers;
    }
}
