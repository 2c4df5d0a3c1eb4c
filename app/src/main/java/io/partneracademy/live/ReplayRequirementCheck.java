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
 * Answers "attend a live session of course X or watch its recording": recorded attendance of any session of X, or an
 * opened recording of one (see {@link Replays}).
 */
@Singleton
class ReplayRequirementCheck implements RequirementCheck {

    private final RegistrationRepository registrations;
    private final ReplayRepository replays;

    ReplayRequirementCheck(RegistrationRepository registrations, ReplayRepository replays) {
        this.registrations = registrations;
        this.replays = replays;
    }

    @Override
    public RequirementKind kind() {
        return RequirementKind.LIVE_OR_REPLAY;
    }

    @Override
    public Set<String> incomplete(long userId, Collection<String> courseIds) {
        Set<String> missing = new HashSet<>(courseIds);
        if (!missing.isEmpty()) {
            missing.removeAll(registrations.findAttendedCourses(userId, courseIds));
        }
        if (!missing.isEmpty()) {
            missing.removeAll(replays.findWatchedCourses(userId, missing));
        }
        return missing;
    }

    @Override
    public Map<Long, Set<String>> completed(Collection<Long> userIds, Collection<String> courseIds) {
        Map<Long, Set<String>> completed = new HashMap<>();
        if (!userIds.isEmpty() && !courseIds.isEmpty()) {
            registrations.findAttendedCourses(userIds, courseIds).forEach(d ->
                    completed.computeIfAbsent(d.userId(), u -> new HashSet<>()).add(d.refId()));
            replays.findWatchedCourses(userIds, courseIds).forEach(d ->
                    completed.computeIfAbsent(d.userId(), u -> new HashSet<>()).add(d.refId()));
        }
        return completed;
    }
}
