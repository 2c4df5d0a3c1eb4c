package io.partneracademy.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A lesson of one course version as stored. */
@Introspected
record LessonRow(String lessonId, String moduleId, int position, String title, int minutes, String objectives,
                 String language, @Nullable String minTier, @Nullable String partnerTypes, String bodyMarkdown) {

    Audience audience() {
        return Audience.fromColumns(minTier, partnerTypes);
    }

    List<String> objectiveList() {
        return objectives.isEmpty() ? List.of() : List.of(objectives.split("\n"));
    }
}
