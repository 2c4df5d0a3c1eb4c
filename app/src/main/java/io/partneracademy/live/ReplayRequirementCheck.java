package io.partneracademy.live;

import io.partneracademy.catalog.RequirementCheck;
import io.partneracademy.catalog.RequirementKind;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Answers "attend a live session of course X or watch its recording": what {@link LiveRequirementCheck} counts as
 * attended, or an opened recording of any session of X (see {@link Replays}).
 */
@Singleton
class ReplayRequirementCheck implements RequirementCheck {

    private final LiveRequirementCheck live;
    private final ReplayRepository replays;

    ReplayRequirementCheck(LiveRequirementCheck live, ReplayRepository replays) {
        this.live = live;
        this.replays = replays;
    }

    @Override
    public RequirementKind kind() {
        return RequirementKind.LIVE_OR_REPLAY;
    }

    @Override
    public Set<String> incomplete(long userId, Collection<String> courseIds) {
        Set<String> missing = new HashSet<>(live.incomplete(userId, courseIds));
        if (!missing.isEmpty()) {
            missing.removeAll(replays.findWatchedCourses(userId, missing));
        }
        return missing;
    }

    @Override
    public Map<Long, Set<String>> completed(Collection<Long> userIds, Collection<String> courseIds) {
        Map<Long, Set<String>> completed = new HashMap<>();
        live.completed(userIds, courseIds).forEach((userId, done) -> completed.put(userId, new HashSet<>(done)));
        if (!userIds.isEmpty() && !courseIds.isEmpty()) {
            replays.findWatchedCourses(userIds, courseIds).forEach(d ->
                    completed.computeIfAbsent(d.userId(), u -> new HashSet<>()).add(d.refId()));
        }
        return completed;
    }
}
