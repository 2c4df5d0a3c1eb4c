package io.partneracademy.labs;

import io.partneracademy.catalog.CatalogViews;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The version of a track in force, with its tasks in order, its text in the language {@code content} says (a
 * translation where one exists for the reader, else the source).
 */
record LoadedTrack(TrackVersionRow version, List<TaskRow> tasks, CatalogViews.ContentLanguage content) {

    /** The source text, in English as every track is written. */
    LoadedTrack(TrackVersionRow version, List<TaskRow> tasks) {
        this(version, tasks, new CatalogViews.ContentLanguage(SOURCE, SOURCE, SOURCE, false, false));
    }

    static final String SOURCE = "en";

    String id() {
        return version.trackId();
    }

    TaskRow task(String taskId) {
        return tasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> new LabTaskNotFoundException(taskId));
    }

    /** In a sequential track, the first earlier task not yet done; empty when the task is open. */
    Optional<TaskRow> blockedBy(String taskId, Collection<String> done) {
        if (!version.sequential()) {
            return Optional.empty();
        }
        for (TaskRow task : tasks) {
            if (task.taskId().equals(taskId)) {
                return Optional.empty();
            }
            if (!done.contains(task.taskId())) {
                return Optional.of(task);
            }
        }
        return Optional.empty();
    }

    /** True when every task of this version is among the done ones. */
    boolean completedBy(Collection<String> done) {
        return tasks.stream().allMatch(t -> done.contains(t.taskId()));
    }
}
