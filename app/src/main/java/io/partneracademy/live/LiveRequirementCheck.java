package io.partneracademy.live;

import io.partneracademy.catalog.RequirementCheck;
import io.partneracademy.catalog.RequirementKind;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Answers the path requirement "attend a live session of course X": attendance recorded for any session of X. */
@Singleton
class LiveRequirementCheck implements RequirementCheck {

    private final RegistrationRepository registrations;

    LiveRequirementCheck(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    public RequirementKind kind() {
        return RequirementKind.LIVE;
    }

    @Override
    public Set<String> incomplete(long userId, Collection<String> courseIds) {
        Set<String> missing = new HashSet<>(courseIds);
        if (!missing.isEmpty()) {
            missing.removeAll(registrations.findAttendedCourses(userId, courseIds));
        }
        return missing;
    }

    @Override
    public Map<Long, Set<String>> completed(Collection<Long> userIds, Collection<String> courseIds) {
        Map<Long, Set<String>> completed = new HashMap<>();
        if (!userIds.isEmpty() && !courseIds.isEmpty()) {
            registrations.findAttendedCourses(userIds, courseIds).forEach(d ->
                    completed.computeIfAbsent(d.userId(), u -> new HashSet<>()).add(d.refId()));
        }
        return completed;
    }
}
