package io.partneracademy.labs;

import io.partneracademy.catalog.RequirementCheck;
import io.partneracademy.catalog.RequirementKind;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Answers certification's question for the LAB requirements of a path: which tracks a person has not completed. */
@Singleton
class LabRequirementCheck implements RequirementCheck {

    private final LabStatus status;

    LabRequirementCheck(LabStatus status) {
        this.status = status;
    }

    @Override
    public RequirementKind kind() {
        return RequirementKind.LAB;
    }

    @Override
    public Set<String> incomplete(long userId, Collection<String> refIds) {
        return status.incomplete(userId, refIds);
    }

    @Override
    public Map<Long, Set<String>> completed(Collection<Long> userIds, Collection<String> refIds) {
        return status.completed(userIds, refIds);
    }

    @Override
    public Map<Long, Map<String, Integer>> percents(Collection<Long> userIds, Collection<String> refIds) {
        return status.percents(userIds, refIds);
    }
}
