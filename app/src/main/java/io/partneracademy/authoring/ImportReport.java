package io.partneracademy.authoring;

import io.partneracademy.catalog.PublishResult;

import java.util.List;

/**
 * What an import did: which courses got a new version, which were unchanged, how many paths, labs and live session
 * files changed.
 */
public record ImportReport(List<PublishResult> courses, int pathsChanged, int pathsTotal, int labsChanged,
                           int labsTotal, int sessionsChanged, int sessionsTotal) {

    public long coursesChanged() {
        return courses.stream().filter(PublishResult::changed).count();
    }

    @Override
    public String toString() {
        return courses.size() + " courses (" + coursesChanged() + " new versions), " + pathsTotal + " paths ("
                + pathsChanged + " changed), " + labsTotal + " lab tracks (" + labsChanged + " new versions), "
                + sessionsTotal + " live session files (" + sessionsChanged + " changed)";
    }
}
